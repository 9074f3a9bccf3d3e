resource "aws_docdb_cluster" "catalog" {
  cluster_identifier              = "catalog"
  enabled_cloudwatch_logs_exports = ["profiler"]
}
