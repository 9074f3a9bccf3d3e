locals {
  common_metadata = {
    enable-oslogin = "FALSE"
  }
}

resource "google_compute_instance" "app" {
  name         = "app"
  machine_type = "e2-small"
  metadata     = local.common_metadata
}
