resource "google_compute_disk" "data" {
  name = "data"
  disk_encryption_key {
    kms_key_self_link = "projects/p/locations/europe-west1/keyRings/main/cryptoKeys/disks"
  }
}
