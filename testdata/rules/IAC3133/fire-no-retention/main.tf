resource "google_storage_bucket" "backups" {
  name     = "acme-backups"
  location = "EU"
}
