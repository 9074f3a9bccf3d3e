resource "aws_db_instance" "orders" {
  engine              = "postgres"
  publicly_accessible = false
}

resource "aws_rds_cluster_instance" "reader" {
  cluster_identifier = "orders"
}
