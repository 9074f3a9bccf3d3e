resource "azurerm_container_registry" "main" {
  name                = "main"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "Premium"
  admin_enabled       = true
}
