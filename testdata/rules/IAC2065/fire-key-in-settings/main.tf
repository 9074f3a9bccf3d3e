resource "azurerm_virtual_machine_extension" "setup" {
  name                 = "setup"
  virtual_machine_id   = "vm-id"
  publisher            = "Microsoft.Azure.Extensions"
  type                 = "CustomScript"
  type_handler_version = "2.1"

  settings = jsonencode({
    fileUris           = ["https://example.blob.core.windows.net/scripts/setup.sh"]
    storageAccountName = "example"
    storageAccountKey  = "not-a-real-key-but-a-literal"
  })
}
