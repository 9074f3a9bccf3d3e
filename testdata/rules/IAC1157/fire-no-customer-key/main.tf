resource "aws_docdb_cluster" "catalog" {
  cluster_identifier = "catalog"
  storage_encrypted  = true
}

resource "aws_docdb_cluster" "sessions" {
  cluster_identifier = "sessions"
  storage_encrypted  = true
  kms_key_id         = "alias/aws/rds"
}
