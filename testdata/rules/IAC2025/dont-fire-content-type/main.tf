resource "azurerm_key_vault_secret" "api" {
  name            = "api"
  value           = "x"
  key_vault_id    = "kv-id"
  content_type    = "api-key"
  expiration_date = "2027-06-30T00:00:00Z"
}
