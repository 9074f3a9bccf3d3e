resource "google_project_iam_member" "writer" {
  project = "acme-prod"
  role    = "roles/logging.logWriter"
  member  = "serviceAccount:app@acme-prod.iam.gserviceaccount.com"
}

resource "google_project_iam_member" "admin_person" {
  project = "acme-prod"
  role    = "roles/storage.admin"
  member  = "group:storage-admins@example.com"
}
