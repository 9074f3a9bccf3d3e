resource "google_kms_crypto_key" "storage" {
  name     = "storage"
  key_ring = "projects/p/locations/europe-west1/keyRings/main"
}

resource "google_storage_bucket" "encrypted" {
  name     = "acme-encrypted"
  location = "EU"
  encryption {
    default_kms_key_name = google_kms_crypto_key.storage.id
  }
}
