locals {
  networks = {
    office   = "203.0.113.0/24"
    everyone = "0.0.0.0/0"
  }
}

resource "google_sql_database_instance" "db" {
  database_version = "POSTGRES_15"
  settings {
    tier = "db-f1-micro"
    ip_configuration {
      dynamic "authorized_networks" {
        for_each = local.networks
        content {
          name  = authorized_networks.key
          value = authorized_networks.value
        }
      }
    }
  }
}
