variable "storage_key" {
  type      = string
  sensitive = true
}

resource "azurerm_virtual_machine_extension" "setup" {
  name                 = "setup"
  virtual_machine_id   = "vm-id"
  publisher            = "Microsoft.Azure.Extensions"
  type                 = "CustomScript"
  type_handler_version = "2.1"

  settings = jsonencode({
    fileUris = ["https://example.blob.core.windows.net/scripts/setup.sh"]
  })

  protected_settings = jsonencode({
    storageAccountName = "example"
    storageAccountKey  = var.storage_key
    commandToExecute   = "sh setup.sh"
  })
}
