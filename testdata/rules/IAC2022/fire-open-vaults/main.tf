module "app" {
  source         = "./modules/vault"
  default_action = "Allow"
}

resource "azurerm_key_vault" "no_acls" {
  name                = "noacls"
  location            = "westeurope"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}
