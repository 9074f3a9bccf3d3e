resource "aws_opensearch_domain" "search" {
  domain_name = "search"
}

resource "aws_elasticsearch_domain" "legacy" {
  domain_name = "legacy"
  node_to_node_encryption {
    enabled = false
  }
}
