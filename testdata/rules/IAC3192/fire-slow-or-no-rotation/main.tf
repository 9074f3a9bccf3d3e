resource "google_kms_crypto_key" "never" {
  name     = "never"
  key_ring = "projects/p/locations/europe-west1/keyRings/main"
}

resource "google_kms_crypto_key" "yearly" {
  name            = "yearly"
  key_ring        = "projects/p/locations/europe-west1/keyRings/main"
  rotation_period = "31536000s"
}
