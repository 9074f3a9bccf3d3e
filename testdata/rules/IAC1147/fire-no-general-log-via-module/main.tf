module "broker" {
  source      = "./modules/broker"
  general_log = false
}
