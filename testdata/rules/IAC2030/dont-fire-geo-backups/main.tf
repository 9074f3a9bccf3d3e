resource "azurerm_postgresql_flexible_server" "main" {
  name                         = "pg"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "16"
  sku_name                     = "GP_Standard_D2s_v3"
  geo_redundant_backup_enabled = true
}
