locals {
  engines = {
    orders  = "POSTGRES_12"
    billing = "MYSQL_5_7"
    search  = "POSTGRES_16"
  }
}

resource "google_sql_database_instance" "db" {
  for_each         = local.engines
  name             = each.key
  database_version = each.value
  settings {
    tier = "db-f1-micro"
  }
}
