resource "google_sql_database_instance" "pg" {
  database_version = "POSTGRES_16"
  settings {
    tier = "db-f1-micro"
  }
}

resource "google_sql_database_instance" "mysql" {
  database_version = "MYSQL_8_0"
  settings {
    tier = "db-f1-micro"
  }
}
