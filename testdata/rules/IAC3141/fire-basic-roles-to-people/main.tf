locals {
  admins = ["user:jane@example.com", "serviceAccount:ci@acme-prod.iam.gserviceaccount.com"]
}

resource "google_project_iam_binding" "owners" {
  project = "acme-prod"
  role    = "roles/owner"
  members = local.admins
}

resource "google_folder_iam_member" "editors" {
  folder = "folders/123"
  role   = "roles/editor"
  member = "group:developers@example.com"
}
