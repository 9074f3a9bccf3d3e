variable "debug" {
  type    = bool
  default = true
}

resource "google_compute_instance_template" "app" {
  machine_type = "e2-small"
  metadata = {
    serial-port-enable = var.debug
  }
}
