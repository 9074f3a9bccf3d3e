resource "google_project_iam_binding" "viewers" {
  project = "acme-prod"
  role    = "roles/viewer"
  members = ["user:jane@example.com", "user:jane.doe@gmail.com"]
}

resource "google_project_iam_member" "contractor" {
  project = "acme-prod"
  role    = "roles/viewer"
  member  = "user:contractor@Outlook.com"
}
