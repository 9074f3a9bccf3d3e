resource "google_storage_bucket_iam_member" "reader" {
  bucket = "acme-reports"
  role   = "roles/storage.objectViewer"
  member = "group:analysts@example.com"
}

resource "google_storage_bucket_acl" "private" {
  bucket      = "acme-reports"
  role_entity = ["OWNER:user-ops@example.com"]
}
