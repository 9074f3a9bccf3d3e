resource "azurerm_mssql_server" "main" {
  name                = "main"
  resource_group_name = "rg"
  location            = "westeurope"
  version             = "12.0"
}

resource "azurerm_mssql_server_extended_auditing_policy" "main" {
  server_id              = azurerm_mssql_server.main.id
  log_monitoring_enabled = true
}

resource "azurerm_sql_server" "legacy" {
  name                = "legacy"
  resource_group_name = "rg"
  location            = "westeurope"
  version             = "12.0"

  extended_auditing_policy {
    storage_endpoint  = "https://audit.blob.core.windows.net/"
    retention_in_days = 90
  }
}
