resource "azurerm_mssql_server" "main" {
  name                         = "main"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = var.sql_password
}

variable "sql_password" {
  type      = string
  sensitive = true
}

resource "azurerm_postgresql_server" "main" {
  name                          = "pg"
  resource_group_name           = "rg"
  location                      = "westeurope"
  sku_name                      = "GP_Gen5_2"
  version                       = "11"
  ssl_enforcement_enabled       = true
  public_network_access_enabled = true
}
