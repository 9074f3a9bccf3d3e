locals {
  ninety_days = "${90 * 24 * 3600}s"
}

resource "google_kms_crypto_key" "data" {
  name            = "data"
  key_ring        = "projects/p/locations/europe-west1/keyRings/main"
  rotation_period = local.ninety_days
}

resource "google_kms_crypto_key" "signing" {
  name     = "signing"
  key_ring = "projects/p/locations/europe-west1/keyRings/main"
  purpose  = "ASYMMETRIC_SIGN"
  version_template {
    algorithm = "EC_SIGN_P256_SHA256"
  }
}
