resource "google_compute_instance" "blocked" {
  name         = "blocked"
  machine_type = "e2-small"
  metadata = {
    block-project-ssh-keys = "TRUE"
  }
}

resource "google_compute_instance" "oslogin" {
  name         = "oslogin"
  machine_type = "e2-small"
  metadata = {
    enable-oslogin = "TRUE"
  }
}
