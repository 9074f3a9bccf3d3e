resource "google_compute_subnetwork" "app" {
  name          = "app"
  ip_cidr_range = "10.20.0.0/20"
  network       = "default"
}

resource "google_compute_subnetwork" "legacy" {
  name             = "legacy"
  ip_cidr_range    = "10.21.0.0/20"
  network          = "default"
  enable_flow_logs = false
}
