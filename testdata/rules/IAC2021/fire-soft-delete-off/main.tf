resource "azurerm_key_vault" "legacy" {
  name                = "legacy"
  location            = "westeurope"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
  soft_delete_enabled = false
}
