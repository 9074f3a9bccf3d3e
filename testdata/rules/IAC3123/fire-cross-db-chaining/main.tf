locals {
  on_flags = {
    "cross db ownership chaining" = "on"
  }
}

resource "google_sql_database_instance" "on" {
  database_version = "SQLSERVER_2019_STANDARD"
  settings {
    tier = "db-custom-2-7680"
    dynamic "database_flags" {
      for_each = local.on_flags
      content {
        name  = database_flags.key
        value = database_flags.value
      }
    }
  }
}

resource "google_sql_database_instance" "unset" {
  database_version = "SQLSERVER_2019_STANDARD"
  settings {
    tier = "db-custom-2-7680"
  }
}
