resource "google_container_cluster" "main" {
  name                     = "main"
  location                 = "europe-west1"
  remove_default_node_pool = true
  initial_node_count       = 1
}

resource "google_container_node_pool" "exposed" {
  cluster = google_container_cluster.main.id
  node_config {
    workload_metadata_config {
      mode = "GCE_METADATA"
    }
  }
}

resource "google_container_cluster" "inline" {
  name     = "inline"
  location = "europe-west1"
  node_pool {
    name = "default"
    node_config {
      workload_metadata_config {
        node_metadata = "EXPOSE"
      }
    }
  }
}
