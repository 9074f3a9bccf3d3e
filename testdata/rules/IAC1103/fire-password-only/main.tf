resource "aws_db_instance" "orders" {
  engine                              = "postgres"
  iam_database_authentication_enabled = false
}

resource "aws_rds_cluster" "catalog" {
  cluster_identifier = "catalog"
}
