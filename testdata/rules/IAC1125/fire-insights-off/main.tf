resource "aws_ecs_cluster" "main" {
  name = "main"
}

resource "aws_ecs_cluster" "batch" {
  name = "batch"
  setting {
    name  = "containerInsights"
    value = "disabled"
  }
}
