resource "google_storage_bucket" "backups" {
  name     = "acme-backups"
  location = "EU"
  retention_policy {
    retention_period = 2592000
  }
}
