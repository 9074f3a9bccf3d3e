resource "aws_ecr_repository" "api" {
  name = "api"
}

resource "aws_ecr_repository_policy" "api" {
  repository = aws_ecr_repository.api.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
    }]
  })
}

data "aws_iam_policy_document" "worker" {
  statement {
    actions = ["ecr:*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_ecr_repository_policy" "worker" {
  repository = "worker"
  policy     = data.aws_iam_policy_document.worker.json
}

resource "aws_ecr_repository_policy" "tools" {
  repository = "tools"
  policy     = <<JSON
{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::${data.aws_caller_identity.me.account_id}:root" }, "Action": "ecr:*" },
    { "Effect": "Allow", "Principal": "*", "Action": ["ecr:BatchGetImage"] }
  ]
}
JSON
}

data "aws_caller_identity" "me" {}
