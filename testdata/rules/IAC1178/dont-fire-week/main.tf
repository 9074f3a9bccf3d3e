resource "aws_docdb_cluster" "catalog" {
  cluster_identifier      = "catalog"
  backup_retention_period = 7
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier      = "graph"
  backup_retention_period = 14
}
