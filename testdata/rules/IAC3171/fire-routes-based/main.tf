resource "google_container_cluster" "implicit" {
  name     = "implicit"
  location = "europe-west1"
}

resource "google_container_cluster" "routes" {
  name            = "routes"
  location        = "europe-west1"
  networking_mode = "ROUTES"
}
