resource "google_secret_manager_secret_iam_member" "app" {
  secret_id = "projects/acme-prod/secrets/api-key"
  role      = "roles/secretmanager.secretAccessor"
  member    = "serviceAccount:app@acme-prod.iam.gserviceaccount.com"
}

# A public HTTP endpoint is made public this way on purpose.
resource "google_cloud_run_service_iam_member" "public" {
  service  = "web"
  location = "europe-west1"
  role     = "roles/run.invoker"
  member   = "allUsers"
}
