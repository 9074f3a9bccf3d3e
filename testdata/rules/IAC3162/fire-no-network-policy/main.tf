resource "google_container_cluster" "implicit" {
  name     = "implicit"
  location = "europe-west1"
}

resource "google_container_cluster" "disabled" {
  name     = "disabled"
  location = "europe-west1"
  network_policy {
    enabled = false
  }
}
