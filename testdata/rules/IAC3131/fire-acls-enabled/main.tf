resource "google_storage_bucket" "default" {
  name     = "acme-default"
  location = "EU"
}

resource "google_storage_bucket" "explicit" {
  for_each                    = toset(["a", "b"])
  name                        = "acme-${each.key}"
  location                    = "EU"
  uniform_bucket_level_access = each.key == "b"
}
