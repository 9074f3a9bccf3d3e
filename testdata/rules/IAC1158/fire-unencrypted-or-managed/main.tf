resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier = "warehouse"
  node_type          = "ra3.xlplus"
}

resource "aws_redshift_cluster" "staging" {
  cluster_identifier = "staging"
  node_type          = "ra3.xlplus"
  encrypted          = false
}
