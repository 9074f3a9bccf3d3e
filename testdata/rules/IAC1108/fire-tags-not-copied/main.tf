resource "aws_rds_cluster" "orders" {
  engine = "aurora-postgresql"
}

resource "aws_db_instance" "billing" {
  engine                = "postgres"
  copy_tags_to_snapshot = false
}
