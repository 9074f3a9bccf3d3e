resource "google_storage_bucket" "unset" {
  name     = "acme-unset"
  location = "EU"
}

resource "google_storage_bucket" "inherited" {
  name                     = "acme-inherited"
  location                 = "EU"
  public_access_prevention = "inherited"
}
