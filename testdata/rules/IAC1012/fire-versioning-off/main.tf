resource "aws_s3_bucket" "none" {
  bucket = "example-none"
}

resource "aws_s3_bucket" "suspended" {
  bucket = "example-suspended"
}

resource "aws_s3_bucket_versioning" "suspended" {
  bucket = aws_s3_bucket.suspended.id
  versioning_configuration {
    status = "Suspended"
  }
}

resource "aws_s3_bucket" "v3" {
  bucket = "example-v3"
  versioning {
    enabled = false
  }
}
