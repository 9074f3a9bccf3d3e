resource "google_sql_database_instance" "db0" {
  database_version = "POSTGRES_14"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "log_hostname"
      value = "on"
    }
    database_flags {
      name  = "log_lock_waits"
      value = "off"
    }
  }
}

locals {
  db1_flags = {
    "log_hostname" = "on"
  }
}

resource "google_sql_database_instance" "db1" {
  database_version = "POSTGRES_14"
  settings {
    tier = "db-custom-2-7680"
    dynamic "database_flags" {
      for_each = local.db1_flags
      content {
        name  = database_flags.key
        value = database_flags.value
      }
    }
  }
}
