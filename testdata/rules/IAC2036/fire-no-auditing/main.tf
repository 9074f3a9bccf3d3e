resource "azurerm_mssql_server" "main" {
  name                = "main"
  resource_group_name = "rg"
  location            = "westeurope"
  version             = "12.0"
}

resource "azurerm_mssql_server" "off" {
  name                = "off"
  resource_group_name = "rg"
  location            = "westeurope"
  version             = "12.0"
}

resource "azurerm_mssql_server_extended_auditing_policy" "off" {
  server_id              = azurerm_mssql_server.off.id
  log_monitoring_enabled = true
  enabled                = false
}
