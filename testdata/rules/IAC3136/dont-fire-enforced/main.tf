locals {
  prevention = "enforced"
}

resource "google_storage_bucket" "private" {
  name                     = "acme-private"
  location                 = "EU"
  public_access_prevention = local.prevention
}
