resource "aws_s3_bucket" "no_block" {
  bucket = "example-no-block"
}

resource "aws_s3_bucket" "weak" {
  bucket = "example-weak"
}

resource "aws_s3_bucket_public_access_block" "weak" {
  bucket                  = aws_s3_bucket.weak.id
  block_public_acls       = true
  block_public_policy     = false
  ignore_public_acls      = true
  restrict_public_buckets = true
}
