data "aws_kms_key" "docdb" {
  key_id = "alias/docdb"
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier = "catalog"
  storage_encrypted  = true
  kms_key_id         = data.aws_kms_key.docdb.arn
}
