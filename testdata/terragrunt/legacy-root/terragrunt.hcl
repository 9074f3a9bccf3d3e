# The older layout: the root file is itself named terragrunt.hcl and is included, not deployed.
remote_state {
  backend = "s3"
  config = {
    bucket         = "acme-state"
    key            = "${path_relative_to_include()}/terraform.tfstate"
    region         = "eu-west-1"
    encrypt        = true
    dynamodb_table = "tf-locks"
  }
}

inputs = {
  region = "eu-west-1"
  tags = {
    team = "platform"
  }
}
