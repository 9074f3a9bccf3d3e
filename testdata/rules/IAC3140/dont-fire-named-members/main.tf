resource "google_folder_iam_member" "auditors" {
  folder = "folders/123"
  role   = "roles/viewer"
  member = "group:auditors@example.com"
}
