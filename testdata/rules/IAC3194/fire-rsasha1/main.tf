resource "google_dns_managed_zone" "public" {
  name     = "public"
  dns_name = "example.com."
  dnssec_config {
    state = "on"
    dynamic "default_key_specs" {
      for_each = ["keySigning", "zoneSigning"]
      content {
        algorithm  = "rsasha1"
        key_type   = default_key_specs.value
        key_length = 2048
      }
    }
  }
}
