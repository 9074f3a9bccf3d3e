module "edge" {
  source   = "./modules/lb"
  internal = false
}
