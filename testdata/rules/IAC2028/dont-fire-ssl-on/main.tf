resource "azurerm_postgresql_server" "main" {
  name                             = "pg"
  resource_group_name              = "rg"
  location                         = "westeurope"
  sku_name                         = "GP_Gen5_2"
  version                          = "11"
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_2"
}
