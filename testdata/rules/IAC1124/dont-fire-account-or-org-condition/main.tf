resource "aws_ecr_repository_policy" "api" {
  repository = "api"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Action    = ["ecr:BatchGetImage"]
    }]
  })
}

data "aws_iam_policy_document" "org" {
  statement {
    actions = ["ecr:BatchGetImage"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalOrgID"
      values   = ["o-abc123"]
    }
  }
}

resource "aws_ecr_repository_policy" "worker" {
  repository = "worker"
  policy     = data.aws_iam_policy_document.org.json
}
