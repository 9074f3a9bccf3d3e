resource "azurerm_linux_virtual_machine" "app" {
  name                  = "app"
  resource_group_name   = "rg"
  location              = "westeurope"
  size                  = "Standard_B2s"
  admin_username        = "azureuser"
  network_interface_ids = ["nic-id"]
  custom_data = base64encode(<<-EOT
    #!/bin/sh
    export APP_ENV=production
    export DB_PASSWORD=$(az keyvault secret show --vault-name main --name db --query value -o tsv)
  EOT
  )

  identity {
    type = "SystemAssigned"
  }

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}
