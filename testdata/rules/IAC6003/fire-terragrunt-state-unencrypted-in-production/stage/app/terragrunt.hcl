remote_state {
  backend = "s3"
  config = {
    bucket         = "acme-state-stage"
    key            = "app/terraform.tfstate"
    region         = "us-east-1"
    encrypt        = true
    dynamodb_table = "tf-locks"
  }
}
