resource "google_container_node_pool" "ubuntu" {
  cluster = "projects/p/locations/europe-west1/clusters/main"
  node_config {
    image_type = "UBUNTU_CONTAINERD"
  }
}
