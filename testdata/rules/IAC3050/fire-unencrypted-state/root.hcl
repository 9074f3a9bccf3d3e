remote_state {
  backend = "s3"
  config = {
    bucket  = "acme-state"
    key     = "${path_relative_to_include()}/terraform.tfstate"
    region  = "us-east-1"
    encrypt = false

    dynamodb_table = "tf-locks"
  }
}
