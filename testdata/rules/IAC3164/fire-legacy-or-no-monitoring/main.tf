resource "google_container_cluster" "legacy" {
  name               = "legacy"
  location           = "europe-west1"
  monitoring_service = "monitoring.googleapis.com"
}

resource "google_container_cluster" "none" {
  name               = "none"
  location           = "europe-west1"
  monitoring_service = "none"
}
