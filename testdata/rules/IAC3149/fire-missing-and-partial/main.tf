resource "google_project" "app" {
  name       = "app"
  project_id = "acme-app"
}

resource "google_project_iam_audit_config" "partial" {
  project = "acme-other"
  service = "allServices"
  audit_log_config {
    log_type = "ADMIN_READ"
  }
}
