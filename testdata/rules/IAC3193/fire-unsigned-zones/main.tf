resource "google_dns_managed_zone" "none" {
  name     = "none"
  dns_name = "example.com."
}

resource "google_dns_managed_zone" "off" {
  name     = "off"
  dns_name = "example.org."
  dnssec_config {
    state = "off"
  }
}
