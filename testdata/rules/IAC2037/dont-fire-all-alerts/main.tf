resource "azurerm_mssql_server_security_alert_policy" "main" {
  resource_group_name  = "rg"
  server_name          = "main"
  state                = "Enabled"
  disabled_alerts      = []
  email_addresses      = ["db-security@example.com"]
  email_account_admins = true
}
