resource "google_project" "app" {
  name       = "app"
  project_id = "acme-app"
}

resource "google_project_iam_audit_config" "all" {
  project = google_project.app.project_id
  service = "allServices"
  dynamic "audit_log_config" {
    for_each = ["ADMIN_READ", "DATA_READ", "DATA_WRITE"]
    content {
      log_type = audit_log_config.value
    }
  }
}
