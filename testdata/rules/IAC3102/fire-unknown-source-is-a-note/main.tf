resource "google_compute_address" "partner" {
  name = "partner"
}

# The partner's address is known only after apply: the rule cannot rule out an open source.
resource "google_compute_firewall" "partner" {
  name          = "allow-partner"
  network       = "default"
  source_ranges = ["${google_compute_address.partner.address}/32"]
  allow {
    protocol = "tcp"
    ports    = ["443"]
  }
}
