resource "google_service_account_key" "uploaded" {
  service_account_id = "projects/acme-prod/serviceAccounts/ci@acme-prod.iam.gserviceaccount.com"
  public_key_data    = filebase64("${path.module}/ci.pem")
}
