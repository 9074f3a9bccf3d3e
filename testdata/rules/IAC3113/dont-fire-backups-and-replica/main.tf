resource "google_sql_database_instance" "primary" {
  database_version = "POSTGRES_15"
  settings {
    tier = "db-f1-micro"
    backup_configuration {
      enabled = true
    }
  }
}

resource "google_sql_database_instance" "replica" {
  database_version     = "POSTGRES_15"
  master_instance_name = google_sql_database_instance.primary.name
  settings {
    tier = "db-f1-micro"
  }
}
