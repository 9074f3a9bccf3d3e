resource "google_storage_bucket" "app" {
  name     = "acme-app"
  location = "EU"
}
