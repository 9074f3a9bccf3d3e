resource "aws_dax_cluster" "cache" {
  cluster_name = "cache"
}

resource "aws_dax_cluster" "reports" {
  cluster_name = "reports"
  server_side_encryption {
    enabled = false
  }
}
