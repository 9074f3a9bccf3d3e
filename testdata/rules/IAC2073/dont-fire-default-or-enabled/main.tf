resource "azurerm_data_lake_store" "lake" {
  name                = "lake"
  resource_group_name = "rg"
  location            = "northeurope"
}

resource "azurerm_data_lake_store" "explicit" {
  name                = "explicit"
  resource_group_name = "rg"
  location            = "northeurope"
  encryption_state    = "Enabled"
  encryption_type     = "ServiceManaged"
}
