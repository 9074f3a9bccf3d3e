variable "allowed" {
  type = object({ start = string, end = string })
}

resource "azurerm_mssql_firewall_rule" "everyone" {
  name             = "everyone"
  server_id        = "server-id"
  start_ip_address = var.allowed.start
  end_ip_address   = var.allowed.end
}

resource "azurerm_postgresql_flexible_server_firewall_rule" "everyone" {
  name             = "everyone"
  server_id        = "server-id"
  start_ip_address = "0.0.0.0"
  end_ip_address   = "255.255.255.255"
}
