# Its own remote state replaces the root's; encrypt is not set at all.
remote_state {
  backend = "s3"
  config = {
    bucket         = "acme-state"
    key            = "prod/db/terraform.tfstate"
    region         = "us-east-1"
    dynamodb_table = "tf-locks"
  }
}
