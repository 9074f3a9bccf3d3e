resource "aws_s3_bucket" "trail" {
  bucket = "acme-trail"
  acl    = "private"
}

resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = "acme-trail"
}
