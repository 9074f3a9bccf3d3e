variable "role" {
  type    = string
  default = "roles/iam.serviceAccountTokenCreator"
}

resource "google_project_iam_member" "token" {
  project = "acme-prod"
  role    = var.role
  member  = "group:deployers@example.com"
}

resource "google_organization_iam_binding" "user" {
  org_id  = "1234567"
  role    = "roles/iam.serviceAccountUser"
  members = ["group:ops@example.com"]
}
