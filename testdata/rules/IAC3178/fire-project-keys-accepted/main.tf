resource "google_compute_instance" "unset" {
  name         = "unset"
  machine_type = "e2-small"
}

resource "google_compute_instance" "explicit" {
  name         = "explicit"
  machine_type = "e2-small"
  metadata = {
    block-project-ssh-keys = false
  }
}
