resource "aws_rds_cluster_instance" "node" {
  for_each                     = { reader = false, writer = true }
  cluster_identifier           = "orders"
  performance_insights_enabled = each.value
}

resource "aws_db_instance" "reports" {
  engine = "postgres"
}
