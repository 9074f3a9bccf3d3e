resource "azurerm_mssql_server" "main" {
  name                = "main"
  resource_group_name = "rg"
  location            = "westeurope"
  version             = "12.0"
  minimum_tls_version = "1.1"
}

resource "azurerm_postgresql_server" "main" {
  name                             = "pg"
  resource_group_name              = "rg"
  location                         = "westeurope"
  sku_name                         = "GP_Gen5_2"
  version                          = "11"
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLSEnforcementDisabled"
}
