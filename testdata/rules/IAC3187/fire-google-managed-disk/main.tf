resource "google_compute_disk" "data" {
  name = "data"
  size = 200
}
