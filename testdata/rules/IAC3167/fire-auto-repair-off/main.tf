resource "google_container_node_pool" "pool" {
  count   = 2
  cluster = "projects/p/locations/europe-west1/clusters/main"
  management {
    auto_repair = count.index == 0
  }
}
