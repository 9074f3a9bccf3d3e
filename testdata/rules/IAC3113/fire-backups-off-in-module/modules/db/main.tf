variable "backups" {
  type = bool
}

resource "google_sql_database_instance" "this" {
  database_version = "POSTGRES_15"
  settings {
    tier = "db-f1-micro"
    backup_configuration {
      enabled = var.backups
    }
  }
}
