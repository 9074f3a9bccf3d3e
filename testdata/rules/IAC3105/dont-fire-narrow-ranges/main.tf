resource "google_compute_firewall" "app" {
  name          = "allow-app"
  network       = "default"
  source_ranges = ["10.0.0.0/8"]
  allow {
    protocol = "tcp"
    ports    = ["8080", "9000-9030"]
  }
}
