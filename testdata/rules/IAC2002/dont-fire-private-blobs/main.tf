resource "azurerm_storage_account" "data" {
  name                            = "exampledata"
  resource_group_name             = "rg"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  allow_nested_items_to_be_public = false
}

resource "azurerm_storage_container" "private" {
  name                  = "private"
  storage_account_name  = "exampledata"
  container_access_type = "private"
}
