resource "google_compute_ssl_policy" "default" {
  name = "default"
}

resource "google_compute_ssl_policy" "compat" {
  name            = "compat"
  profile         = "COMPATIBLE"
  min_tls_version = "TLS_1_1"
}
