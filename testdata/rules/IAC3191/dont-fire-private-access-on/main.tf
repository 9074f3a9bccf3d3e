resource "google_compute_subnetwork" "app" {
  name                     = "app"
  ip_cidr_range            = "10.20.0.0/20"
  network                  = "default"
  private_ip_google_access = true
}

resource "google_compute_subnetwork" "psc" {
  name          = "psc"
  ip_cidr_range = "10.40.0.0/24"
  network       = "default"
  purpose       = "PRIVATE_SERVICE_CONNECT"
}
