resource "azurerm_data_lake_store" "lake" {
  name                = "lake"
  resource_group_name = "rg"
  location            = "northeurope"
  encryption_state    = "Disabled"
}
