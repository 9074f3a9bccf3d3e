data "azurerm_client_config" "current" {}

resource "azurerm_key_vault" "unset" {
  name                = "unset"
  location            = "westeurope"
  resource_group_name = "rg"
  tenant_id           = data.azurerm_client_config.current.tenant_id
  sku_name            = "standard"
}

resource "azurerm_key_vault" "off" {
  name                       = "off"
  location                   = "westeurope"
  resource_group_name        = "rg"
  tenant_id                  = data.azurerm_client_config.current.tenant_id
  sku_name                   = "standard"
  purge_protection_enabled   = false
  soft_delete_retention_days = 120
}
