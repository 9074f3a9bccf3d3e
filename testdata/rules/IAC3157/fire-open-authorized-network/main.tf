locals {
  admin_ranges = {
    vpn      = "10.10.0.0/16"
    anywhere = "0.0.0.0/0"
  }
}

resource "google_container_cluster" "main" {
  name     = "main"
  location = "europe-west1"
  master_authorized_networks_config {
    dynamic "cidr_blocks" {
      for_each = local.admin_ranges
      content {
        cidr_block   = cidr_blocks.value
        display_name = cidr_blocks.key
      }
    }
  }
}
