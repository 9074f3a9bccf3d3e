resource "azurerm_storage_account" "data" {
  for_each                 = toset(["LRS", "ZRS"])
  name                     = "data${lower(each.key)}"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = each.key
}
