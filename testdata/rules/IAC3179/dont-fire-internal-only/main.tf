resource "google_compute_instance" "app" {
  name         = "app"
  machine_type = "e2-small"
  network_interface {
    subnetwork = "projects/p/regions/europe-west1/subnetworks/app"
  }
}
