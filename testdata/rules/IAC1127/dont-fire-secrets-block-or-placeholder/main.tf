resource "aws_ecs_task_definition" "api" {
  family = "api"
  container_definitions = jsonencode([{
    name  = "api"
    image = "api:1.0"
    environment = [
      { name = "LOG_LEVEL", value = "Information" },
      { name = "DB_PASSWORD", value = "" },
    ]
    secrets = [{ name = "DB_PASSWORD", valueFrom = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db" }]
  }])
}
