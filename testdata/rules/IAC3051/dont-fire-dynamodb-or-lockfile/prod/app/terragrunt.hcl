# S3-native locking (Terraform 1.10+) instead of a DynamoDB table.
remote_state {
  backend = "s3"
  config = {
    bucket       = "acme-state"
    key          = "prod/app/terraform.tfstate"
    region       = "us-east-1"
    encrypt      = true
    use_lockfile = true
  }
}
