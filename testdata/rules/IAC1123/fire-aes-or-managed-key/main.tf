resource "aws_ecr_repository" "api" {
  name = "api"
}

resource "aws_ecr_repository" "worker" {
  name = "worker"
  encryption_configuration {
    encryption_type = "AES256"
  }
}

resource "aws_ecr_repository" "tools" {
  name = "tools"
  encryption_configuration {
    encryption_type = "KMS"
  }
}
