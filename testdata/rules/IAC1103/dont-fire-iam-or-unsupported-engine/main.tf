variable "engine" {
  default = "aurora-postgresql"
}

resource "aws_rds_cluster" "catalog" {
  engine                              = var.engine
  iam_database_authentication_enabled = true
}

resource "aws_db_instance" "erp" {
  engine = "oracle-ee"
}

resource "aws_db_instance" "replica" {
  replicate_source_db = "orders"
}
