data "google_iam_policy" "project" {
  binding {
    role    = "roles/viewer"
    members = ["group:staff@example.com"]
  }
  binding {
    role    = "roles/editor"
    members = ["user:jane@example.com"]
  }
}

resource "google_project_iam_policy" "project" {
  project     = "acme-prod"
  policy_data = data.google_iam_policy.project.policy_data
}
