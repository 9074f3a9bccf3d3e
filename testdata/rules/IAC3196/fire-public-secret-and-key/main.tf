variable "secret_readers" {
  type    = list(string)
  default = ["allAuthenticatedUsers"]
}

resource "google_secret_manager_secret_iam_binding" "readers" {
  secret_id = "projects/acme-prod/secrets/api-key"
  role      = "roles/secretmanager.secretAccessor"
  members   = var.secret_readers
}

resource "google_kms_crypto_key_iam_member" "decrypt" {
  crypto_key_id = "projects/acme-prod/locations/europe-west1/keyRings/main/cryptoKeys/data"
  role          = "roles/cloudkms.cryptoKeyDecrypter"
  member        = "allUsers"
}
