resource "aws_ssm_parameter" "token" {
  name  = "/app/token"
  type  = "SecureString"
  value = "placeholder"
}

data "http" "health" {
  url = "https://status.example.com/health?param=${aws_ssm_parameter.token.name}"
}
