variable "buckets" {
  type = map(bool)
  default = {
    logs   = true
    assets = false
  }
}

resource "aws_s3_bucket" "this" {
  for_each = var.buckets
  bucket   = "acme-${each.key}"
}

resource "aws_s3_bucket_public_access_block" "this" {
  for_each = var.buckets
  bucket   = aws_s3_bucket.this[each.key].id
  ignore_public_acls = each.value
  block_public_acls = true
  block_public_policy = true
  restrict_public_buckets = true
}
