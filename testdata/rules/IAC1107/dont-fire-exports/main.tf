resource "aws_rds_cluster" "catalog" {
  engine                          = "aurora-mysql"
  enabled_cloudwatch_logs_exports = ["audit", "error", "slowquery"]
}
