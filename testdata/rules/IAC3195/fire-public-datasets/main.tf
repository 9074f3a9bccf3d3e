resource "google_bigquery_dataset" "open" {
  dataset_id = "open"
  location   = "EU"
  access {
    role          = "READER"
    special_group = "allAuthenticatedUsers"
  }
}

resource "google_bigquery_dataset_iam_member" "everyone" {
  dataset_id = "reports"
  role       = "roles/bigquery.dataViewer"
  member     = "allUsers"
}
