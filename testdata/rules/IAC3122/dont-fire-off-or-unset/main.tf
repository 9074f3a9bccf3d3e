resource "google_sql_database_instance" "off" {
  database_version = "MYSQL_8_0"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "local_infile"
      value = "off"
    }
  }
}

resource "google_sql_database_instance" "unset" {
  database_version = "MYSQL_8_0"
  settings {
    tier = "db-custom-2-7680"
  }
}

resource "google_sql_database_instance" "pg" {
  database_version = "POSTGRES_14"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "local_infile"
      value = "on"
    }
  }
}
