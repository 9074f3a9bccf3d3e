resource "azurerm_storage_account" "data" {
  name                     = "exampledata"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}
