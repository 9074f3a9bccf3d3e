resource "google_compute_instance" "web" {
  name         = "web"
  machine_type = "e2-small"
  network_interface {
    network = "default"
    dynamic "access_config" {
      for_each = [1]
      content {}
    }
  }
}
