locals {
  encrypt_state = true
}

remote_state {
  backend = "s3"
  config = {
    bucket         = "acme-state"
    key            = "${path_relative_to_include()}/terraform.tfstate"
    region         = "us-east-1"
    encrypt        = local.encrypt_state
    dynamodb_table = "tf-locks"
  }
}
