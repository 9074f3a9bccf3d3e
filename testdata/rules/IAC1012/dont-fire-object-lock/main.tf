# Object Lock requires versioning; AWS enables it with the lock.
resource "aws_s3_bucket" "audit" {
  bucket              = "example-audit"
  object_lock_enabled = true
}

resource "aws_s3_bucket" "legacy" {
  bucket = "example-legacy"
  object_lock_configuration {
    object_lock_enabled = "Enabled"
  }
}
