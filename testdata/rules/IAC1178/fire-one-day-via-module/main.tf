module "catalog" {
  source    = "./modules/docdb"
  retention = 1
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "graph"
}
