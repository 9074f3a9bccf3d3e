locals {
  clusters = {
    warehouse = true
    staging   = false
  }
}

resource "aws_redshift_cluster" "this" {
  for_each            = local.clusters
  cluster_identifier  = each.key
  node_type           = "ra3.xlplus"
  publicly_accessible = each.value
}
