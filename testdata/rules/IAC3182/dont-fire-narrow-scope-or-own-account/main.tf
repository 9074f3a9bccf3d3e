resource "google_compute_instance" "narrow" {
  name         = "narrow"
  machine_type = "e2-small"
  service_account {
    scopes = ["logging-write", "monitoring-write"]
  }
}

resource "google_compute_instance" "own" {
  name         = "own"
  machine_type = "e2-small"
  service_account {
    email  = "app@acme-prod.iam.gserviceaccount.com"
    scopes = ["cloud-platform"]
  }
}
