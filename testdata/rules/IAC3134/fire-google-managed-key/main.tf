resource "google_storage_bucket" "plain" {
  name     = "acme-plain"
  location = "EU"
}

resource "google_storage_bucket" "null_key" {
  name     = "acme-null-key"
  location = "EU"
  encryption {
    default_kms_key_name = null
  }
}
