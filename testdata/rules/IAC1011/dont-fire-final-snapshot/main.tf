resource "aws_db_instance" "orders" {
  engine                    = "postgres"
  skip_final_snapshot       = false
  final_snapshot_identifier = "orders-final"
}

resource "aws_rds_cluster" "reports" {
  engine = "aurora-postgresql"
}
