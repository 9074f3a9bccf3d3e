resource "google_bigquery_dataset" "reports" {
  dataset_id = "reports"
  location   = "EU"
  access {
    role          = "OWNER"
    special_group = "projectOwners"
  }
  access {
    role           = "READER"
    group_by_email = "analysts@example.com"
  }
}
