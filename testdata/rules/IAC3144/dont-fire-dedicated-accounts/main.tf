resource "google_service_account" "worker" {
  account_id = "worker"
}

resource "google_project_iam_member" "worker" {
  project = "acme-prod"
  role    = "roles/pubsub.publisher"
  member  = "serviceAccount:${google_service_account.worker.email}"
}
