variable "app_ports" {
  type    = list(string)
  default = ["8000-8099"]
}

resource "google_compute_firewall" "app" {
  name          = "allow-app"
  network       = "default"
  source_ranges = ["10.0.0.0/8"]
  allow {
    protocol = "tcp"
    ports    = var.app_ports
  }
}

resource "google_compute_firewall" "edge" {
  name          = "allow-edge"
  network       = "default"
  source_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "udp"
    ports    = ["443", "30000-30031"]
  }
}
