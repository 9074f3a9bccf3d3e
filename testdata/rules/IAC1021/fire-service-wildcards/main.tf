locals {
  services = ["s3", "dynamodb"]
}

data "aws_iam_policy_document" "app" {
  statement {
    actions   = [for s in local.services : "${s}:*"]
    resources = ["arn:aws:s3:::app/*"]
  }
}

resource "aws_iam_role_policy" "ops" {
  name = "ops"
  role = "ops"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["ec2:Describe*", "ec2:*"]
      Resource = aws_instance.web.arn
    }]
  })
}
