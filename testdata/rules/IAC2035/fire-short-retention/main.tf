resource "azurerm_mssql_server_extended_auditing_policy" "main" {
  server_id         = "server-id"
  storage_endpoint  = "https://audit.blob.core.windows.net/"
  retention_in_days = 30
}

resource "azurerm_sql_server" "legacy" {
  name                = "legacy"
  resource_group_name = "rg"
  location            = "westeurope"
  version             = "12.0"

  extended_auditing_policy {
    storage_endpoint  = "https://audit.blob.core.windows.net/"
    retention_in_days = 7
  }
}
