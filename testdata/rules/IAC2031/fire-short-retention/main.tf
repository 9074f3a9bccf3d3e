variable "pitr_days" {
  type    = number
  default = 3
}

resource "azurerm_mssql_database" "app" {
  name      = "app"
  server_id = "server-id"

  short_term_retention_policy {
    retention_days = var.pitr_days
  }
}
