resource "aws_rds_cluster_instance" "node" {
  count                      = 2
  cluster_identifier         = "orders"
  auto_minor_version_upgrade = count.index == 0
}

resource "aws_db_instance" "legacy" {
  engine                     = "mysql"
  auto_minor_version_upgrade = false
}
