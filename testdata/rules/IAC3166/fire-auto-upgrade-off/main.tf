resource "google_container_node_pool" "pinned" {
  cluster = "projects/p/locations/europe-west1/clusters/main"
  management {
    auto_upgrade = false
    auto_repair  = true
  }
}
