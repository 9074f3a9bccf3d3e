resource "azurerm_storage_account" "data" {
  name                     = "data"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  network_rules {
    default_action = "Deny"
  }
}

resource "azurerm_storage_account_network_rules" "other" {
  storage_account_id = "sa-id"
  default_action     = "Deny"
  bypass             = ["Metrics", "AzureServices"]
}
