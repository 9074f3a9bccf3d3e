locals {
  mysql_flags = {
    "local_infile" = "on"
  }
}

resource "google_sql_database_instance" "mysql" {
  database_version = "MYSQL_5_7"
  settings {
    tier = "db-custom-2-7680"
    dynamic "database_flags" {
      for_each = local.mysql_flags
      content {
        name  = database_flags.key
        value = database_flags.value
      }
    }
  }
}

resource "google_sql_database_instance" "mysql8" {
  database_version = "MYSQL_8_0"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "local_infile"
      value = "ON"
    }
  }
}
