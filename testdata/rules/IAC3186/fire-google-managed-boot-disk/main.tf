resource "google_compute_instance" "app" {
  name         = "app"
  machine_type = "e2-small"
  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }
}
