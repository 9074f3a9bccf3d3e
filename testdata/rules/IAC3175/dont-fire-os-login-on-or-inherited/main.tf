resource "google_compute_instance" "on" {
  name         = "on"
  machine_type = "e2-small"
  metadata = {
    enable-oslogin = "TRUE"
  }
}

resource "google_compute_instance" "inherited" {
  name         = "inherited"
  machine_type = "e2-small"
}
