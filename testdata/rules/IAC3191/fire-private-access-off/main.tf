variable "subnets" {
  type = map(object({ cidr = string, private_access = bool }))
  default = {
    app  = { cidr = "10.20.0.0/20", private_access = true }
    data = { cidr = "10.21.0.0/20", private_access = false }
  }
}

resource "google_compute_subnetwork" "this" {
  for_each                 = var.subnets
  name                     = each.key
  ip_cidr_range            = each.value.cidr
  network                  = "default"
  private_ip_google_access = each.value.private_access
}

resource "google_compute_subnetwork" "unset" {
  name          = "unset"
  ip_cidr_range = "10.22.0.0/20"
  network       = "default"
}
