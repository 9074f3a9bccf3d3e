resource "aws_ecs_task_definition" "api" {
  family                = "api"
  container_definitions = "[]"

  volume {
    name = "scratch"
  }

  volume {
    name = "uploads"
    efs_volume_configuration {
      file_system_id     = "fs-123"
      transit_encryption = "ENABLED"
    }
  }
}
