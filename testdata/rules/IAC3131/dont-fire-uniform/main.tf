resource "google_storage_bucket" "uniform" {
  name                        = "acme-uniform"
  location                    = "EU"
  uniform_bucket_level_access = true
}
