resource "aws_api_gateway_stage" "prod" {
  stage_name    = "prod"
  rest_api_id   = "abc123"
  deployment_id = "dep1"
}

resource "aws_apigatewayv2_stage" "http" {
  for_each = toset(["dev", "prod"])
  api_id   = "def456"
  name     = each.key
}
