resource "google_sql_database_instance" "pg" {
  database_version = "POSTGRES_15"
  settings {
    tier = "db-f1-micro"
    backup_configuration {
      enabled                        = true
      point_in_time_recovery_enabled = true
    }
  }
}

resource "google_sql_database_instance" "mysql" {
  database_version = "MYSQL_8_0"
  settings {
    tier = "db-f1-micro"
    backup_configuration {
      enabled            = true
      binary_log_enabled = true
    }
  }
}

# No backups at all: IAC3113's finding, not this rule's.
resource "google_sql_database_instance" "nobackup" {
  database_version = "POSTGRES_15"
  settings {
    tier = "db-f1-micro"
  }
}
