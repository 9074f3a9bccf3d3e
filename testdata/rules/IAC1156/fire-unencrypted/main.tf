resource "aws_docdb_cluster" "catalog" {
  cluster_identifier = "catalog"
}

resource "aws_docdb_cluster" "sessions" {
  cluster_identifier = "sessions"
  storage_encrypted  = false
}
