module "db" {
  source = "./modules/db"
  public = true
}
