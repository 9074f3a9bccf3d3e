resource "azurerm_mssql_server" "main" {
  name                = "main"
  resource_group_name = "rg"
  location            = "westeurope"
  version             = "12.0"
  minimum_tls_version = "1.2"
}

resource "azurerm_mysql_server" "main" {
  name                    = "mysql"
  resource_group_name     = "rg"
  location                = "westeurope"
  sku_name                = "GP_Gen5_2"
  version                 = "8.0"
  ssl_enforcement_enabled = true
}
