variable "disk_key" {
  type      = string
  sensitive = true
}

resource "google_compute_disk" "data" {
  name = "data"
  disk_encryption_key {
    raw_key = var.disk_key
  }
}

resource "google_compute_instance" "app" {
  name         = "app"
  machine_type = "e2-small"
  boot_disk {
    disk_encryption_key_raw = "c2VjcmV0LWtleS1ub3QtcmVhbC0wMTIzNDU2Nzg5YWI="
  }
}
