resource "google_storage_bucket" "versioned" {
  name     = "acme-versioned"
  location = "EU"
  versioning {
    enabled = true
  }
}
