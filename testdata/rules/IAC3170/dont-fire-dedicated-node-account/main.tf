resource "google_service_account" "nodes" {
  account_id = "gke-nodes"
}

resource "google_container_cluster" "main" {
  name                     = "main"
  location                 = "europe-west1"
  remove_default_node_pool = true
  initial_node_count       = 1
}

resource "google_container_node_pool" "pool" {
  cluster = google_container_cluster.main.id
  node_config {
    service_account = google_service_account.nodes.email
  }
}
