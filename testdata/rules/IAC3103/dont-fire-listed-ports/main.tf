resource "google_compute_firewall" "app" {
  name          = "allow-app"
  network       = "default"
  source_ranges = ["10.0.0.0/8"]
  allow {
    protocol = "tcp"
    ports    = ["22", "8080-8090"]
  }
  allow {
    protocol = "icmp"
  }
}
