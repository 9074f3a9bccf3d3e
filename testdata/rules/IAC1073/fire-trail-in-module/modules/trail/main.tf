variable "multi" {
  type = bool
}

resource "aws_cloudtrail" "this" {
  name                       = "audit"
  s3_bucket_name             = "acme-trail"
  is_multi_region_trail      = var.multi
  enable_log_file_validation = var.multi
}
