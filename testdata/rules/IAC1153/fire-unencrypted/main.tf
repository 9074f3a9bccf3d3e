resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "graph"
}

resource "aws_neptune_cluster" "social" {
  cluster_identifier = "social"
  storage_encrypted  = false
}
