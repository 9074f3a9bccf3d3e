locals {
  retention = 14
}

resource "aws_rds_cluster" "orders" {
  engine                  = "aurora-mysql"
  backup_retention_period = local.retention
}

resource "aws_db_instance" "replica" {
  replicate_source_db = aws_db_instance.primary.identifier
}

resource "aws_db_instance" "primary" {
  engine                  = "mysql"
  backup_retention_period = 7
}

# No backups at all is IAC1009's finding, not this rule's.
resource "aws_db_instance" "scratch" {
  engine                  = "mysql"
  backup_retention_period = 0
}
