resource "google_container_cluster" "main" {
  name     = "main"
  location = "europe-west1"
  resource_labels = {
    team = "payments"
  }
}
