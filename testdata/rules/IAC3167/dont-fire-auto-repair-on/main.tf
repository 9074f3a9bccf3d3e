resource "google_container_node_pool" "pool" {
  cluster = "projects/p/locations/europe-west1/clusters/main"
  management {
    auto_repair = true
  }
}
