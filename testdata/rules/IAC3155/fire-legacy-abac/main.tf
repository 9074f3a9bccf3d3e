variable "abac" {
  type    = bool
  default = true
}

resource "google_container_cluster" "main" {
  name               = "main"
  location           = "europe-west1"
  enable_legacy_abac = var.abac
}
