variable "methods" {
  type    = list(string)
  default = ["GET", "OPTIONS", "DELETE"]
}

resource "aws_api_gateway_method" "this" {
  count         = length(var.methods)
  rest_api_id   = "abc123"
  resource_id   = "res1"
  http_method   = var.methods[count.index]
  authorization = "NONE"
}
