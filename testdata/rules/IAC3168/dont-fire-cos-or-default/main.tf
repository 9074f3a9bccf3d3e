resource "google_container_node_pool" "cos" {
  cluster = "projects/p/locations/europe-west1/clusters/main"
  node_config {
    image_type = "COS_CONTAINERD"
  }
}

resource "google_container_node_pool" "default" {
  cluster = "projects/p/locations/europe-west1/clusters/main"
  node_config {
    machine_type = "e2-standard-4"
  }
}
