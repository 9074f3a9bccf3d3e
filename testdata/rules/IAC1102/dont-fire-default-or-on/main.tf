resource "aws_db_instance" "orders" {
  engine = "postgres"
}

resource "aws_rds_cluster_instance" "node" {
  cluster_identifier         = "orders"
  auto_minor_version_upgrade = true
}
