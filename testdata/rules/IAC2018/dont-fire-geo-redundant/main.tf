resource "azurerm_storage_account" "data" {
  for_each                 = toset(["GRS", "RAGRS", "GZRS", "RAGZRS"])
  name                     = "data${lower(each.key)}"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = each.key
}
