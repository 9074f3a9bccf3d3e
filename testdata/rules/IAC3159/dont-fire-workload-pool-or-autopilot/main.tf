variable "project" {
  type    = string
  default = "acme-prod"
}

resource "google_container_cluster" "standard" {
  name     = "standard"
  location = "europe-west1"
  workload_identity_config {
    workload_pool = "${var.project}.svc.id.goog"
  }
}

resource "google_container_cluster" "autopilot" {
  name             = "autopilot"
  location         = "europe-west1"
  enable_autopilot = true
}
