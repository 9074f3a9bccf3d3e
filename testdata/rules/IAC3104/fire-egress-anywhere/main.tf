variable "destinations" {
  type    = list(string)
  default = ["0.0.0.0/0"]
}

resource "google_compute_firewall" "egress" {
  name               = "allow-egress"
  network            = "default"
  direction          = "EGRESS"
  destination_ranges = var.destinations
  allow {
    protocol = "all"
  }
}

resource "google_compute_firewall" "implicit" {
  name      = "allow-egress-https"
  network   = "default"
  direction = "EGRESS"
  allow {
    protocol = "tcp"
    ports    = ["443"]
  }
}
