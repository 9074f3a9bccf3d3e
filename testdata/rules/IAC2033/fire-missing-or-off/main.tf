resource "azurerm_postgresql_server" "orders" {
  name                    = "orders"
  resource_group_name     = "rg"
  location                = "westeurope"
  sku_name                = "GP_Gen5_2"
  version                 = "11"
  ssl_enforcement_enabled = true
}

resource "azurerm_postgresql_server" "users" {
  name                    = "users"
  resource_group_name     = "rg"
  location                = "westeurope"
  sku_name                = "GP_Gen5_2"
  version                 = "11"
  ssl_enforcement_enabled = true
}

resource "azurerm_postgresql_configuration" "users" {
  name                = "log_checkpoints"
  resource_group_name = "rg"
  server_name         = azurerm_postgresql_server.users.name
  value               = "off"
}
