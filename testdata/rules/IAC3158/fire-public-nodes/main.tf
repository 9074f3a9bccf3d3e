resource "google_container_cluster" "implicit" {
  name     = "implicit"
  location = "europe-west1"
}

resource "google_container_cluster" "explicit" {
  name     = "explicit"
  location = "europe-west1"
  private_cluster_config {
    enable_private_nodes = false
  }
}
