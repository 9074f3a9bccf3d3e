locals {
  db0_flags = {
    "log_hostname" = "on"
    "log_temp_files" = "1024"
  }
}

resource "google_sql_database_instance" "db0" {
  database_version = "POSTGRES_14"
  settings {
    tier = "db-custom-2-7680"
    dynamic "database_flags" {
      for_each = local.db0_flags
      content {
        name  = database_flags.key
        value = database_flags.value
      }
    }
  }
}

resource "google_sql_database_instance" "db1" {
  database_version = "POSTGRES_14"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "log_hostname"
      value = "on"
    }
  }
}
