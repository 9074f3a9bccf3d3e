resource "aws_docdb_cluster" "catalog" {
  cluster_identifier = "catalog"
}

resource "aws_docdb_cluster" "sessions" {
  for_each                        = { a = ["audit"], b = [] }
  cluster_identifier              = "sessions-${each.key}"
  enabled_cloudwatch_logs_exports = each.value
}
