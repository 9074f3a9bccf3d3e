resource "google_container_cluster" "default" {
  name     = "default"
  location = "europe-west1"
}

resource "google_container_cluster" "explicit" {
  name            = "explicit"
  location        = "europe-west1"
  logging_service = "logging.googleapis.com/kubernetes"
}
