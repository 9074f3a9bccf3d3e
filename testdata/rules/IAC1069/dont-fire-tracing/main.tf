resource "aws_api_gateway_stage" "prod" {
  stage_name           = "prod"
  rest_api_id          = "abc123"
  deployment_id        = "dep1"
  xray_tracing_enabled = true
}
