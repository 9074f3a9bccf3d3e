variable "acl" {
  type    = string
  default = "public-read"
}

resource "aws_s3_bucket" "site" {
  bucket = "example-site"
}

resource "aws_s3_bucket_acl" "site" {
  bucket = aws_s3_bucket.site.id
  acl    = var.acl
}

resource "aws_s3_bucket" "legacy" {
  bucket = "example-legacy"
  acl    = "public-read-write"
}
