resource "azuread_application_password" "app" {
  application_id = "app-id"
  end_date       = "2027-01-01T00:00:00Z"
}

resource "azurerm_key_vault_secret" "app" {
  name            = "app"
  value           = azuread_application_password.app.value
  key_vault_id    = "kv-id"
  content_type    = "client-secret"
  expiration_date = azuread_application_password.app.end_date
}

resource "azurerm_key_vault_secret" "fixed" {
  name            = "fixed"
  value           = "x"
  key_vault_id    = "kv-id"
  content_type    = "password"
  expiration_date = "2027-06-30T00:00:00Z"
}
