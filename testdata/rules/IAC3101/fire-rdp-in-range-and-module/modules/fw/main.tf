variable "ranges" {
  type = list(string)
}

resource "google_compute_firewall" "rdp" {
  name          = "allow-rdp"
  network       = "default"
  source_ranges = var.ranges
  allow {
    protocol = "tcp"
    ports    = ["3300-3400"]
  }
}
