module "jobs" {
  source     = "./modules/fn"
  https_only = false
}
