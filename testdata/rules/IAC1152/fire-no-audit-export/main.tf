resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "graph"
}

resource "aws_neptune_cluster" "social" {
  cluster_identifier             = "social"
  enable_cloudwatch_logs_exports = local.exports
}

locals {
  exports = ["slowquery"]
}
