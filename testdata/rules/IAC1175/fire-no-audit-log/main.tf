resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier = "warehouse"
  node_type          = "ra3.xlplus"
}

resource "aws_redshift_cluster" "legacy" {
  cluster_identifier = "legacy"
  node_type          = "ra3.xlplus"
  logging {
    enable = false
  }
}
