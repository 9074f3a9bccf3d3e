resource "azurerm_key_vault_secret" "db" {
  for_each     = toset(["primary", "replica"])
  name         = "db-${each.key}"
  value        = "from-a-variable-in-real-life"
  key_vault_id = "kv-id"
  content_type = "password"
}
