variable "github_org" {
  type    = string
  default = "acme"
}

resource "google_iam_workload_identity_pool_provider" "github" {
  workload_identity_pool_id          = "ci"
  workload_identity_pool_provider_id = "github"
  attribute_condition                = "assertion.repository_owner == '${var.github_org}'"
  oidc {
    issuer_uri = "https://token.actions.githubusercontent.com"
  }
}
