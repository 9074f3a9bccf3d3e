resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = "abc123"
  stage_name  = "prod"
  method_path = "*/*"
  settings {
    caching_enabled      = true
    cache_data_encrypted = true
  }
}

resource "aws_api_gateway_method_settings" "no_cache" {
  rest_api_id = "abc123"
  stage_name  = "prod"
  method_path = "orders/POST"
  settings {
    metrics_enabled = true
  }
}
