resource "azurerm_storage_account" "inline" {
  name                     = "inline"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  identity {
    type         = "UserAssigned"
    identity_ids = ["identity-id"]
  }

  customer_managed_key {
    key_vault_key_id          = "key-id"
    user_assigned_identity_id = "identity-id"
  }
}

resource "azurerm_storage_account" "separate" {
  name                     = "separate"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_account_customer_managed_key" "separate" {
  storage_account_id = azurerm_storage_account.separate.id
  key_vault_id       = "kv-id"
  key_name           = "storage"
}
