resource "google_container_cluster" "main" {
  name            = "main"
  location        = "europe-west1"
  networking_mode = "VPC_NATIVE"
  ip_allocation_policy {
    cluster_secondary_range_name  = "pods"
    services_secondary_range_name = "services"
  }
}
