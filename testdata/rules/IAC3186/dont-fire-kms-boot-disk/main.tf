resource "google_compute_instance" "app" {
  name         = "app"
  machine_type = "e2-small"
  boot_disk {
    kms_key_self_link = "projects/p/locations/europe-west1/keyRings/main/cryptoKeys/disks"
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }
}
