variable "volumes" {
  default = {
    uploads = "DISABLED"
    reports = "ENABLED"
  }
}

resource "aws_ecs_task_definition" "api" {
  family                = "api"
  container_definitions = "[]"

  dynamic "volume" {
    for_each = var.volumes
    content {
      name = volume.key
      efs_volume_configuration {
        file_system_id     = "fs-123"
        transit_encryption = volume.value
      }
    }
  }

  volume {
    name = "cache"
    efs_volume_configuration {
      file_system_id = "fs-456"
    }
  }
}
