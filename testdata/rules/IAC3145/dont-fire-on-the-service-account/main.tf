resource "google_service_account_iam_member" "deployer" {
  service_account_id = "projects/acme-prod/serviceAccounts/runtime@acme-prod.iam.gserviceaccount.com"
  role               = "roles/iam.serviceAccountUser"
  member             = "group:deployers@example.com"
}

resource "google_project_iam_member" "viewer" {
  project = "acme-prod"
  role    = "roles/viewer"
  member  = "group:deployers@example.com"
}
