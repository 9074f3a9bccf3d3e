resource "google_service_account" "ci" {
  account_id = "ci"
}

resource "google_project_iam_member" "ci_editor" {
  project = "acme-prod"
  role    = "roles/editor"
  member  = "serviceAccount:${google_service_account.ci.email}"
}

resource "google_project_iam_binding" "storage_admins" {
  project = "acme-prod"
  role    = "roles/storage.admin"
  members = ["serviceAccount:backup@acme-prod.iam.gserviceaccount.com"]
}
