resource "aws_api_gateway_domain_name" "legacy" {
  domain_name     = "legacy.example.com"
  security_policy = "TLS_1_0"
}

resource "aws_api_gateway_domain_name" "unset" {
  domain_name = "api.example.com"
}
