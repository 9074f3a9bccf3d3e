resource "google_project_iam_member" "jane" {
  project = "acme-prod"
  role    = "roles/logging.viewer"
  member  = "user:jane@example.com"
}

resource "google_folder_iam_binding" "mixed" {
  for_each = toset(["roles/viewer"])
  folder   = "folders/123"
  role     = each.key
  members  = ["group:sre@example.com", "user:bob@example.com"]
}
