resource "azurerm_mssql_server" "main" {
  name                          = "main"
  resource_group_name           = "rg"
  location                      = "westeurope"
  version                       = "12.0"
  public_network_access_enabled = false
}
