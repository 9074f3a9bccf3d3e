variable "admin_ranges" {
  type    = list(string)
  default = ["10.0.0.0/8"]
}

resource "google_compute_firewall" "admin" {
  name          = "allow-admin"
  network       = "default"
  source_ranges = var.admin_ranges

  dynamic "allow" {
    for_each = ["443", "22"]
    content {
      protocol = "tcp"
      ports    = [allow.value]
    }
  }
}

# No source at all: Google uses 0.0.0.0/0.
resource "google_compute_firewall" "legacy" {
  name    = "allow-legacy"
  network = "default"
  allow {
    protocol = "tcp"
    ports    = ["20-25"]
  }
}
