variable "readers" {
  type    = list(string)
  default = ["group:analysts@example.com"]
}

resource "google_storage_bucket" "site" {
  name     = "acme-site"
  location = "EU"
}

resource "google_storage_bucket_iam_binding" "readers" {
  bucket  = google_storage_bucket.site.name
  role    = "roles/storage.objectViewer"
  members = var.readers
}

resource "google_storage_bucket_iam_member" "everyone" {
  bucket = google_storage_bucket.site.name
  role   = "roles/storage.objectViewer"
  member = "allAuthenticatedUsers"
}

resource "google_storage_bucket_acl" "legacy" {
  bucket      = google_storage_bucket.site.name
  role_entity = ["OWNER:user-ops@example.com", "READER:allUsers"]
}
