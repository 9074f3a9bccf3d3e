resource "aws_db_instance" "orders" {
  engine                  = "postgres"
  backup_retention_period = 14
}

resource "aws_db_instance" "replica" {
  replicate_source_db     = "orders"
  backup_retention_period = 0
}
