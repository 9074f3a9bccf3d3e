locals {
  environment = [
    { name = "ASPNETCORE_ENVIRONMENT", value = "Production" },
    { name = "ConnectionStrings__Password", value = "hunter2-prod" },
  ]
}

resource "aws_ecs_task_definition" "api" {
  family = "api"
  container_definitions = jsonencode([{
    name        = "api"
    image       = "api:1.0"
    environment = local.environment
  }])
}

resource "aws_ecs_task_definition" "worker" {
  family                = "worker"
  container_definitions = <<EOT
[{"name": "worker", "environment": [{"name": "STRIPE_API_KEY", "value": "sk_live_abc"}]}]
EOT
}
