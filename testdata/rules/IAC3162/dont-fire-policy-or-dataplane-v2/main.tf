resource "google_container_cluster" "calico" {
  name     = "calico"
  location = "europe-west1"
  network_policy {
    enabled  = true
    provider = "CALICO"
  }
}

resource "google_container_cluster" "dpv2" {
  name              = "dpv2"
  location          = "europe-west1"
  datapath_provider = "ADVANCED_DATAPATH"
}

resource "google_container_cluster" "autopilot" {
  name             = "autopilot"
  location         = "europe-west1"
  enable_autopilot = true
}
