resource "google_project_iam_member" "public" {
  project = "acme-prod"
  role    = "roles/viewer"
  member  = "allUsers"
}

resource "google_organization_iam_binding" "all_google" {
  org_id  = "1234567"
  role    = "roles/browser"
  members = ["group:staff@example.com", "allAuthenticatedUsers"]
}
