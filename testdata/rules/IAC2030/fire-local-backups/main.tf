resource "azurerm_postgresql_flexible_server" "main" {
  name                = "pg"
  resource_group_name = "rg"
  location            = "westeurope"
  version             = "16"
  sku_name            = "GP_Standard_D2s_v3"
}

resource "azurerm_mysql_server" "main" {
  name                         = "mysql"
  resource_group_name          = "rg"
  location                     = "westeurope"
  sku_name                     = "GP_Gen5_2"
  version                      = "8.0"
  ssl_enforcement_enabled      = true
  geo_redundant_backup_enabled = false
}
