variable "channel" {
  type    = string
  default = "UNSPECIFIED"
}

resource "google_container_cluster" "main" {
  name     = "main"
  location = "europe-west1"
  release_channel {
    channel = var.channel
  }
}
