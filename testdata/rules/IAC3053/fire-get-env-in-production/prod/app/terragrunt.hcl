locals {
  region = get_env("AWS_REGION")
}

inputs = {
  db_host = get_env("DB_HOST")
  region  = local.region
  tags = {
    owner = "${get_env("TEAM")}-ops"
  }
  name = get_env("APP_NAME", "app")
}
