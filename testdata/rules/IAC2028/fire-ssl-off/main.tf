locals {
  servers = {
    orders = false
    users  = true
  }
}

resource "azurerm_mysql_server" "db" {
  for_each                = local.servers
  name                    = each.key
  resource_group_name     = "rg"
  location                = "westeurope"
  sku_name                = "GP_Gen5_2"
  version                 = "8.0"
  ssl_enforcement_enabled = each.value
}
