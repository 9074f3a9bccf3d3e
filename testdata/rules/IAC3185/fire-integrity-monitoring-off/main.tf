resource "google_compute_instance" "app" {
  for_each     = { a = false, b = true }
  name         = "app-${each.key}"
  machine_type = "e2-small"
  shielded_instance_config {
    enable_integrity_monitoring = each.value
  }
}
