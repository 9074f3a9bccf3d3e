locals {
  common = read_terragrunt_config("${get_terragrunt_dir()}/missing.hcl", { locals = { size = "small" } })
}

feature "canary" {
  default = false
}

dependency "db" {
  config_path = "../db"
}

dependency "vpc" {
  config_path  = "../vpc"
  mock_outputs = { vpc_id = "vpc-mock" }
}

inputs = {
  log_level  = get_env("LOG_LEVEL", "info")
  account    = get_aws_account_id()
  size       = local.common.locals.size
  db_address = dependency.db.outputs.address
  vpc_id     = dependency.vpc.outputs.vpc_id
  canary     = feature.canary.value
  repo_path  = get_path_from_repo_root()
}
