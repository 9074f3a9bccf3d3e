resource "google_project_iam_member" "sql" {
  project = "acme-prod"
  role    = "roles/cloudsql.client"
  member  = "group:developers@example.com"
}

resource "google_project_iam_member" "viewer" {
  project = "acme-prod"
  role    = "roles/viewer"
  member  = "user:jane@example.com"
}
