resource "azurerm_mssql_server_security_alert_policy" "empty" {
  resource_group_name  = "rg"
  server_name          = "main"
  state                = "Enabled"
  email_addresses      = []
  email_account_admins = true
}

resource "azurerm_mssql_server_security_alert_policy" "unset" {
  resource_group_name  = "rg"
  server_name          = "other"
  state                = "Enabled"
  email_account_admins = true
}
