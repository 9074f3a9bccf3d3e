resource "google_container_cluster" "legacy" {
  name            = "legacy"
  location        = "europe-west1"
  logging_service = "logging.googleapis.com"
}

resource "google_container_cluster" "none" {
  name            = "none"
  location        = "europe-west1"
  logging_service = "none"
}
