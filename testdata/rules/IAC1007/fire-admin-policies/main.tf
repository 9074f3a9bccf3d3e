locals {
  everything = "*"
}

data "aws_iam_policy_document" "admin" {
  statement {
    actions   = [local.everything]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "json" {
  name = "admin-json"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "*"
      Resource = "*"
    }]
  })
}

resource "aws_iam_role_policy" "heredoc" {
  name = "admin-heredoc"
  role = "app"
  policy = <<-EOF
    {
      "Version": "2012-10-17",
      "Statement": {"Effect": "Allow", "Action": ["*"], "Resource": ["*"]}
    }
  EOF
}
