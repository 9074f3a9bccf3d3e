resource "google_compute_firewall" "internal" {
  name          = "allow-internal"
  network       = "default"
  source_ranges = ["10.128.0.0/9"]
  allow {
    protocol = "tcp"
    ports    = ["0-65535"]
  }
  allow {
    protocol = "icmp"
  }
}

resource "google_compute_firewall" "udp" {
  for_each      = toset(["a", "b"])
  name          = "allow-udp-${each.key}"
  network       = "default"
  source_ranges = ["10.0.0.0/8"]
  allow {
    protocol = each.key == "a" ? "udp" : "icmp"
  }
}
