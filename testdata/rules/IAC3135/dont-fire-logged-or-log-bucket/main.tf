resource "google_storage_bucket" "logs" {
  name     = "acme-logs"
  location = "EU"
}

resource "google_storage_bucket" "app" {
  name     = "acme-app"
  location = "EU"
  logging {
    log_bucket = google_storage_bucket.logs.name
  }
}

resource "google_storage_bucket" "other" {
  name     = "acme-other"
  location = "EU"
  logging {
    log_bucket = "acme-logs"
  }
}
