variable "key_expiry" {
  type    = string
  default = "2027-06-30T00:00:00Z"
}

resource "azurerm_key_vault_key" "storage" {
  name            = "storage"
  key_vault_id    = "kv-id"
  key_type        = "RSA"
  key_size        = 2048
  key_opts        = ["wrapKey", "unwrapKey"]
  expiration_date = var.key_expiry
}
