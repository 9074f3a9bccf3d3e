resource "google_container_cluster" "explicit" {
  name               = "explicit"
  location           = "europe-west1"
  monitoring_service = "monitoring.googleapis.com/kubernetes"
}
