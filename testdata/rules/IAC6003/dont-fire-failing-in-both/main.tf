variable "encrypted" {
  type = bool
}

resource "aws_db_instance" "orders" {
  engine              = "postgres"
  storage_encrypted   = var.encrypted
  deletion_protection = true
}
