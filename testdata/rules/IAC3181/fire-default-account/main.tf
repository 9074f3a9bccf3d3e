resource "google_compute_instance" "implicit" {
  name         = "implicit"
  machine_type = "e2-small"
  service_account {
    scopes = ["logging-write"]
  }
}

resource "google_compute_instance_template" "explicit" {
  machine_type = "e2-small"
  service_account {
    email  = "123456789-compute@developer.gserviceaccount.com"
    scopes = ["logging-write"]
  }
}
