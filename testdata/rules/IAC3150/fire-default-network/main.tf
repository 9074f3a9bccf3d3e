resource "google_project" "implicit" {
  name       = "implicit"
  project_id = "acme-implicit"
}

resource "google_project" "explicit" {
  name                = "explicit"
  project_id          = "acme-explicit"
  auto_create_network = true
}
