resource "google_compute_firewall" "ssh" {
  name          = "default-allow-ssh"
  network       = "default"
  source_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_compute_firewall" "internal" {
  name          = "allow-everything-internal"
  network       = "default"
  source_ranges = ["10.128.0.0/9"]
  allow {
    protocol = "tcp"
  }
}
