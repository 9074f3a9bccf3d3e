variable "encrypted" {
  type = bool
}

resource "aws_db_instance" "this" {
  engine                  = "postgres"
  storage_encrypted       = var.encrypted
  backup_retention_period = 7
  deletion_protection     = true
}
