data "aws_caller_identity" "me" {}

resource "aws_ecr_repository_policy" "api" {
  repository = "api"
  policy     = <<JSON
{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Principal": { "AWS": "arn:aws:iam::${data.aws_caller_identity.me.account_id}:root" },
    "Action": ["ecr:BatchGetImage"]
  }]
}
JSON
}
