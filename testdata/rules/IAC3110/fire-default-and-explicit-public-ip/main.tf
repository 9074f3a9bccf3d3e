resource "google_sql_database_instance" "implicit" {
  database_version = "POSTGRES_15"
  settings {
    tier = "db-f1-micro"
  }
}

resource "google_sql_database_instance" "explicit" {
  database_version = "MYSQL_8_0"
  settings {
    tier = "db-f1-micro"
    ip_configuration {
      ipv4_enabled = var.public
    }
  }
}

variable "public" {
  type    = bool
  default = true
}
