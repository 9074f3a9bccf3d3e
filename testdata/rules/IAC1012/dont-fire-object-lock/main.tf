variable "lock" {
  type    = bool
  default = true
}

resource "aws_s3_bucket" "records" {
  bucket              = "acme-records"
  object_lock_enabled = var.lock
}

resource "aws_s3_bucket" "legacy" {
  bucket = "acme-legacy"
  object_lock_configuration {
    object_lock_enabled = "Enabled"
  }
}
