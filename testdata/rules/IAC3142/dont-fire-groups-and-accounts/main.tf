resource "google_project_iam_member" "sre" {
  project = "acme-prod"
  role    = "roles/logging.viewer"
  member  = "group:sre@example.com"
}

resource "google_storage_bucket_iam_member" "jane" {
  bucket = "acme-reports"
  role   = "roles/storage.objectViewer"
  member = "user:jane@example.com"
}
