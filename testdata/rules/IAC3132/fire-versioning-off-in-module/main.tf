module "assets" {
  source     = "./modules/bucket"
  versioning = false
}

resource "google_storage_bucket" "plain" {
  name     = "acme-plain"
  location = "EU"
}
