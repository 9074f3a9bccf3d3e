resource "google_compute_instance" "nat" {
  name           = "nat"
  machine_type   = "e2-small"
  can_ip_forward = true
}
