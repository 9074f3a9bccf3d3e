resource "google_container_node_pool" "default" {
  cluster = "projects/p/locations/europe-west1/clusters/main"
}

resource "google_container_node_pool" "explicit" {
  cluster = "projects/p/locations/europe-west1/clusters/main"
  management {
    auto_upgrade = true
  }
}
