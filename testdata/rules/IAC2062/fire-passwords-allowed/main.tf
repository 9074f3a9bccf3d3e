variable "admin_password" {
  type      = string
  sensitive = true
}

resource "azurerm_linux_virtual_machine" "app" {
  name                            = "app"
  resource_group_name             = "rg"
  location                        = "westeurope"
  size                            = "Standard_B2s"
  admin_username                  = "azureuser"
  admin_password                  = var.admin_password
  disable_password_authentication = false
  network_interface_ids           = ["nic-id"]

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

resource "azurerm_virtual_machine" "legacy" {
  name                  = "legacy"
  resource_group_name   = "rg"
  location              = "westeurope"
  vm_size               = "Standard_B2s"
  network_interface_ids = ["nic-id"]

  os_profile_linux_config {
    disable_password_authentication = false
  }
}
