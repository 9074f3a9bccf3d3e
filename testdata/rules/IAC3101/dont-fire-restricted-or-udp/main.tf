locals {
  office = ["198.51.100.0/24"]
}

resource "google_compute_firewall" "rdp" {
  name          = "allow-rdp-office"
  network       = "default"
  source_ranges = local.office
  allow {
    protocol = "tcp"
    ports    = ["3389"]
  }
}

resource "google_compute_firewall" "udp" {
  name          = "allow-udp"
  network       = "default"
  source_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "udp"
    ports    = ["3389"]
  }
}
