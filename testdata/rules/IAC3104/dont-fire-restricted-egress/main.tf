resource "google_compute_firewall" "apis" {
  name               = "allow-google-apis"
  network            = "default"
  direction          = "EGRESS"
  destination_ranges = ["199.36.153.8/30"]
  allow {
    protocol = "tcp"
    ports    = ["443"]
  }
}

resource "google_compute_firewall" "deny" {
  name               = "deny-all-egress"
  network            = "default"
  direction          = "EGRESS"
  priority           = 65534
  destination_ranges = ["0.0.0.0/0"]
  deny {
    protocol = "all"
  }
}

resource "google_compute_firewall" "ingress" {
  name          = "allow-ping"
  network       = "default"
  source_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "icmp"
  }
}
