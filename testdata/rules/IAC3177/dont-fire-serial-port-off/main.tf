resource "google_compute_instance" "app" {
  name         = "app"
  machine_type = "e2-small"
  metadata = {
    serial-port-enable = "false"
  }
}
