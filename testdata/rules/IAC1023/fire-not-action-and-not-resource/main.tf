data "aws_iam_policy_document" "almost_admin" {
  statement {
    not_actions = ["iam:*", "organizations:*"]
    resources   = ["*"]
  }
}

resource "aws_iam_user_policy" "everything_but" {
  name = "everything-but"
  user = "ci"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect      = "Allow"
      Action      = "s3:GetObject"
      NotResource = "arn:aws:s3:::secrets/*"
    }]
  })
}
