resource "aws_rds_cluster" "orders" {
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
}

resource "aws_db_instance" "billing" {
  engine                  = "postgres"
  backup_retention_period = var.retention_days
}

variable "retention_days" {
  type    = number
  default = 7
}
