resource "azurerm_mssql_server_extended_auditing_policy" "main" {
  server_id         = "server-id"
  storage_endpoint  = "https://audit.blob.core.windows.net/"
  retention_in_days = 90
}

resource "azurerm_mssql_database_extended_auditing_policy" "app" {
  database_id      = "db-id"
  storage_endpoint = "https://audit.blob.core.windows.net/"
}
