resource "aws_opensearch_domain" "search" {
  domain_name = "search"
}

resource "aws_elasticsearch_domain" "legacy" {
  domain_name = "legacy"
  encrypt_at_rest {
    enabled = false
  }
}
