resource "azurerm_mssql_firewall_rule" "office" {
  name             = "office"
  server_id        = "server-id"
  start_ip_address = "203.0.113.0"
  end_ip_address   = "203.0.113.255"
}

resource "azurerm_mssql_firewall_rule" "azure_services" {
  name             = "AllowAzureServices"
  server_id        = "server-id"
  start_ip_address = "0.0.0.0"
  end_ip_address   = "0.0.0.0"
}
