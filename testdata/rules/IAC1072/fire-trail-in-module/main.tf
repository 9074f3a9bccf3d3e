module "audit" {
  source = "./modules/trail"
  multi  = false
}
