# Common settings of the webserver-cluster unit; the module is remote and versioned per environment.

locals {
  environment_vars = read_terragrunt_config(find_in_parent_folders("env.hcl"))
  env              = local.environment_vars.locals.environment

  base_source_url = "git::https://github.com/acme/infrastructure-modules.git//webserver-cluster"
}

dependency "mysql" {
  config_path = "../mysql"

  mock_outputs = {
    endpoint = "mock-mysql:3306"
  }
}

inputs = {
  name          = "webserver-${local.env}"
  instance_type = "t3.micro"
  min_size      = 2
  max_size      = 2
  db_endpoint   = dependency.mysql.outputs.endpoint
}
