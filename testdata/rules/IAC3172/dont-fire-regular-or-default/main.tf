resource "google_container_cluster" "regular" {
  name     = "regular"
  location = "europe-west1"
  release_channel {
    channel = "REGULAR"
  }
}

resource "google_container_cluster" "default" {
  name     = "default"
  location = "europe-west1"
}
