module "windows" {
  source = "./modules/fw"
  ranges = ["0.0.0.0/0"]
}

resource "google_compute_firewall" "all" {
  name          = "allow-everything"
  network       = "default"
  source_ranges = ["::/0"]
  allow {
    protocol = "all"
  }
}
