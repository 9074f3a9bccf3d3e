resource "google_compute_instance" "unset" {
  name         = "unset"
  machine_type = "e2-small"
}

resource "google_compute_instance_template" "explicit" {
  machine_type = "e2-small"
  shielded_instance_config {
    enable_secure_boot = false
  }
}
