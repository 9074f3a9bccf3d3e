variable "admin_password" {
  type      = string
  sensitive = true
  default   = "correct-horse-battery-staple-1"
}

resource "google_container_cluster" "main" {
  name     = "main"
  location = "europe-west1"
  master_auth {
    username = "admin"
    password = var.admin_password
    client_certificate_config {
      issue_client_certificate = true
    }
  }
}
