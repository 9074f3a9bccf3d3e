resource "google_compute_firewall" "app_to_db" {
  name        = "allow-app-to-db"
  network     = "default"
  source_tags = ["app"]
  target_tags = ["db"]
  allow {
    protocol = "tcp"
    ports    = ["5432"]
  }
}

resource "google_compute_firewall" "internal_web" {
  name          = "allow-internal-web"
  network       = "default"
  source_ranges = ["10.128.0.0/9"]
  allow {
    protocol = "tcp"
    ports    = ["443"]
  }
}
