resource "azurerm_synapse_workspace" "analytics" {
  name                                 = "analytics"
  resource_group_name                  = "rg"
  location                             = "westeurope"
  storage_data_lake_gen2_filesystem_id = "fs-id"
  sql_administrator_login              = "sqladmin"
}
