module "network" {
  source = "./modules/network"
  zones  = ["a", "b"]
}
