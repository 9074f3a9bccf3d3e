variable "retention" {
  type = number
}

resource "aws_db_instance" "orders" {
  engine                  = "postgres"
  backup_retention_period = var.retention
}
