resource "google_sql_database_instance" "off" {
  database_version = "SQLSERVER_2019_STANDARD"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "contained database authentication"
      value = "off"
    }
  }
}

resource "google_sql_database_instance" "pg" {
  database_version = "POSTGRES_14"
  settings {
    tier = "db-custom-2-7680"
  }
}
