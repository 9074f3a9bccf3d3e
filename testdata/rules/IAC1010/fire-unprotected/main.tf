resource "aws_db_instance" "orders" {
  engine = "postgres"
}

resource "aws_rds_cluster" "reports" {
  for_each            = { eu = false, us = true }
  engine              = "aurora-postgresql"
  deletion_protection = each.value
}
