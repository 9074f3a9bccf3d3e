resource "aws_s3_bucket_acl" "data" {
  for_each = toset(["a", "b"])
  bucket   = "example-${each.key}"
  acl      = "private"
}
