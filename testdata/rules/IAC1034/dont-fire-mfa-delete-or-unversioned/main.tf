resource "aws_s3_bucket_versioning" "records" {
  bucket = "acme-records"
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Enabled"
  }
}

resource "aws_s3_bucket_versioning" "scratch" {
  bucket = "acme-scratch"
  versioning_configuration {
    status = "Suspended"
  }
}
