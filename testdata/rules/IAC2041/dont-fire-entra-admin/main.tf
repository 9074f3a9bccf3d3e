resource "azurerm_mssql_server" "main" {
  name                = "main"
  resource_group_name = "rg"
  location            = "westeurope"
  version             = "12.0"

  azuread_administrator {
    login_username = "sql-admins"
    object_id      = "00000000-0000-0000-0000-000000000000"
  }
}

resource "azurerm_sql_server" "legacy" {
  name                = "legacy"
  resource_group_name = "rg"
  location            = "westeurope"
  version             = "12.0"
}

resource "azurerm_sql_active_directory_administrator" "legacy" {
  server_name         = azurerm_sql_server.legacy.name
  resource_group_name = "rg"
  login               = "sql-admins"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  object_id           = "00000000-0000-0000-0000-000000000000"
}
