resource "aws_db_instance" "orders" {
  performance_insights_enabled = true
}

resource "aws_rds_cluster_instance" "node" {
  performance_insights_enabled    = true
  performance_insights_kms_key_id = ""
}
