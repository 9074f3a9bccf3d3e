resource "aws_api_gateway_method" "iam" {
  rest_api_id   = "abc123"
  resource_id   = "res1"
  http_method   = "GET"
  authorization = "AWS_IAM"
}

resource "aws_api_gateway_method" "keyed" {
  rest_api_id      = "abc123"
  resource_id      = "res1"
  http_method      = "POST"
  authorization    = "NONE"
  api_key_required = true
}
