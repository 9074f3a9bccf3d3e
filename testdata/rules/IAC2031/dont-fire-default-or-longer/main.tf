resource "azurerm_mssql_database" "app" {
  name      = "app"
  server_id = "server-id"

  short_term_retention_policy {
    retention_days = 14
  }
}

resource "azurerm_postgresql_flexible_server" "main" {
  name                = "pg"
  resource_group_name = "rg"
  location            = "westeurope"
  version             = "16"
  sku_name            = "GP_Standard_D2s_v3"
}
