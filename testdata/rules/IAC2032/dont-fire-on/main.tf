resource "azurerm_postgresql_server" "orders" {
  name                    = "orders"
  resource_group_name     = "rg"
  location                = "westeurope"
  sku_name                = "GP_Gen5_2"
  version                 = "11"
  ssl_enforcement_enabled = true
}

resource "azurerm_postgresql_configuration" "orders" {
  name                = "log_connections"
  resource_group_name = "rg"
  server_name         = azurerm_postgresql_server.orders.name
  value               = "on"
}
