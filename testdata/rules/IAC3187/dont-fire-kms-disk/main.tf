resource "google_kms_crypto_key" "disks" {
  name     = "disks"
  key_ring = "projects/p/locations/europe-west1/keyRings/main"
}

resource "google_compute_disk" "data" {
  name = "data"
  size = 200
  disk_encryption_key {
    kms_key_self_link = google_kms_crypto_key.disks.id
  }
}
