resource "google_project_iam_member" "jane" {
  project = "acme-prod"
  role    = "roles/viewer"
  member  = "user:jane@example.com"
}
