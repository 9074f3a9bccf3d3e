locals {
  good_flags = {
    "log_disconnections" = "on"
  }
}

resource "google_sql_database_instance" "good" {
  database_version = "POSTGRES_14"
  settings {
    tier = "db-custom-2-7680"
    dynamic "database_flags" {
      for_each = local.good_flags
      content {
        name  = database_flags.key
        value = database_flags.value
      }
    }
  }
}

resource "google_sql_database_instance" "mysql" {
  database_version = "MYSQL_8_0"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "log_disconnections"
      value = "off"
    }
  }
}
