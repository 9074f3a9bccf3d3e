resource "google_compute_project_metadata" "default" {
  metadata = {
    ssh-keys = ""
  }
}

resource "google_compute_project_metadata_item" "oslogin" {
  key   = "enable-oslogin"
  value = "false"
}
