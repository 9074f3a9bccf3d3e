resource "aws_opensearch_domain" "search" {
  domain_name = "search"
}

resource "aws_elasticsearch_domain" "legacy" {
  domain_name = "legacy"
  domain_endpoint_options {
    enforce_https = false
  }
}
