variable "scopes" {
  type    = list(string)
  default = ["https://www.googleapis.com/auth/cloud-platform"]
}

resource "google_compute_instance" "app" {
  name         = "app"
  machine_type = "e2-small"
  service_account {
    email  = "default"
    scopes = var.scopes
  }
}
