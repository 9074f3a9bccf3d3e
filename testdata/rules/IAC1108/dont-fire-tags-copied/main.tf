resource "aws_rds_cluster" "orders" {
  engine                = "aurora-postgresql"
  copy_tags_to_snapshot = true
}
