resource "aws_ecr_repository" "service" {
  for_each = toset(["api", "worker"])
  name     = each.key

  image_scanning_configuration {
    scan_on_push = each.key == "api"
  }
}

resource "aws_ecr_repository" "tools" {
  name = "tools"
}
