# Common settings of the mysql unit in every environment; the module is local (modules/mysql).

locals {
  environment_vars = read_terragrunt_config(find_in_parent_folders("env.hcl"))
  env              = local.environment_vars.locals.environment

  base_source_url = "${dirname(find_in_parent_folders("root.hcl"))}/modules//mysql"
}

inputs = {
  name              = "mysql_${local.env}"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  storage_type      = "gp3"
  master_username   = "admin"
  master_password   = get_env("DB_MASTER_PASSWORD")
}
