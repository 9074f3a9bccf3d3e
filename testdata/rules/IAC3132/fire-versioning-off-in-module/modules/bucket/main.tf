variable "versioning" {
  type = bool
}

resource "google_storage_bucket" "this" {
  name     = "acme-assets"
  location = "EU"
  versioning {
    enabled = var.versioning
  }
}
