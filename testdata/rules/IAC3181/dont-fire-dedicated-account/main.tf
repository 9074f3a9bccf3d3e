resource "google_service_account" "app" {
  account_id = "app"
}

resource "google_compute_instance" "app" {
  name         = "app"
  machine_type = "e2-small"
  service_account {
    email  = google_service_account.app.email
    scopes = ["cloud-platform"]
  }
}

resource "google_compute_instance" "none" {
  name         = "none"
  machine_type = "e2-small"
}
