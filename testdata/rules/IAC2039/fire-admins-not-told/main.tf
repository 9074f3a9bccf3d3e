resource "azurerm_mssql_server_security_alert_policy" "main" {
  resource_group_name = "rg"
  server_name         = "main"
  state               = "Enabled"
  email_addresses     = ["db-security@example.com"]
}
