resource "google_compute_subnetwork" "app" {
  name          = "app"
  ip_cidr_range = "10.20.0.0/20"
  network       = "default"
  log_config {
    aggregation_interval = "INTERVAL_5_SEC"
    flow_sampling        = 0.5
  }
}

resource "google_compute_subnetwork" "proxy" {
  name          = "proxy"
  ip_cidr_range = "10.30.0.0/23"
  network       = "default"
  purpose       = "REGIONAL_MANAGED_PROXY"
  role          = "ACTIVE"
}
