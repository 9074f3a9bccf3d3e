resource "google_compute_instance" "app" {
  name         = "app"
  machine_type = "e2-small"
  shielded_instance_config {
    enable_vtpm = false
  }
}
