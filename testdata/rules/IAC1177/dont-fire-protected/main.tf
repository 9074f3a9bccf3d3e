resource "aws_docdb_cluster" "catalog" {
  cluster_identifier  = "catalog"
  deletion_protection = true
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier  = "graph"
  deletion_protection = true
}
