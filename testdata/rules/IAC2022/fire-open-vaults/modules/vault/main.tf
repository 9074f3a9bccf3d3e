variable "default_action" {
  type = string
}

resource "azurerm_key_vault" "this" {
  name                = "app"
  location            = "westeurope"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"

  network_acls {
    default_action = var.default_action
    bypass         = "AzureServices"
  }
}
