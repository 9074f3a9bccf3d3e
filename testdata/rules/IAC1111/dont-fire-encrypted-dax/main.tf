resource "aws_dax_cluster" "cache" {
  cluster_name = "cache"
  server_side_encryption {
    enabled = true
  }
}
