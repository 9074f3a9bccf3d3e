variable "retention" {
  type = number
}

resource "aws_docdb_cluster" "this" {
  cluster_identifier      = "catalog"
  backup_retention_period = var.retention
}
