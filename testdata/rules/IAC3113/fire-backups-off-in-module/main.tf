module "orders" {
  source  = "./modules/db"
  backups = false
}

resource "google_sql_database_instance" "no_settings_block" {
  database_version = "POSTGRES_15"
  settings {
    tier = "db-f1-micro"
  }
}
