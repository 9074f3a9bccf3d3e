variable "lb_ranges" {
  type    = list(string)
  default = ["130.211.0.0/22", "35.191.0.0/16"]
}

resource "google_compute_firewall" "lb" {
  name          = "allow-lb"
  network       = "default"
  source_ranges = var.lb_ranges
  allow {
    protocol = "tcp"
    ports    = ["443"]
  }
}

resource "google_compute_firewall" "mesh" {
  name                    = "allow-mesh"
  network                 = "default"
  source_service_accounts = ["mesh@example-project.iam.gserviceaccount.com"]
  allow {
    protocol = "tcp"
    ports    = ["15017"]
  }
}

resource "google_compute_firewall" "egress" {
  name               = "allow-egress"
  network            = "default"
  direction          = "EGRESS"
  destination_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "tcp"
    ports    = ["443"]
  }
}
