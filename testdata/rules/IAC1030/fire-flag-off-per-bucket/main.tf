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
  block_public_acls = each.value
  block_public_policy = true
  ignore_public_acls = true
  restrict_public_buckets = true
}
