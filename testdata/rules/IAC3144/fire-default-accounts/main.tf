data "google_compute_default_service_account" "default" {
}

resource "google_project_iam_member" "compute" {
  project = "acme-prod"
  role    = "roles/pubsub.publisher"
  member  = "serviceAccount:123456789-compute@developer.gserviceaccount.com"
}

resource "google_folder_iam_member" "appengine" {
  folder = "folders/123"
  role   = "roles/viewer"
  member = "serviceAccount:acme-prod@appspot.gserviceaccount.com"
}

resource "google_organization_iam_member" "data" {
  org_id = "1234567"
  role   = "roles/viewer"
  member = "serviceAccount:${data.google_compute_default_service_account.default.email}"
}
