resource "google_container_node_pool" "concealed" {
  cluster = "projects/p/locations/europe-west1/clusters/main"
  node_config {
    workload_metadata_config {
      mode = "GKE_METADATA"
    }
  }
}
