remote_state {
  backend = "s3"
  config = {
    bucket         = "acme-state-prod"
    key            = "app/terraform.tfstate"
    region         = "us-east-1"
    encrypt        = false
    dynamodb_table = "tf-locks"
  }
}
