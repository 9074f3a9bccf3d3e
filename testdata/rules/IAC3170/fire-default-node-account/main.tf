resource "google_container_cluster" "main" {
  name     = "main"
  location = "europe-west1"
  cluster_autoscaling {
    enabled = true
    auto_provisioning_defaults {
      oauth_scopes = ["https://www.googleapis.com/auth/cloud-platform"]
    }
  }
}

resource "google_container_node_pool" "explicit_default" {
  cluster = google_container_cluster.main.id
  node_config {
    service_account = "123456789-compute@developer.gserviceaccount.com"
  }
}
