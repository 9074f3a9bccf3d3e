resource "aws_iam_group" "ops" {
  name = "ops"
}

data "aws_iam_policy_document" "mfa" {
  statement {
    actions   = ["ec2:*"]
    resources = ["*"]
    condition {
      test     = "Bool"
      variable = "aws:MultiFactorAuthPresent"
      values   = ["true"]
    }
  }
}

resource "aws_iam_policy" "mfa" {
  name   = "mfa"
  policy = data.aws_iam_policy_document.mfa.json
}

resource "aws_iam_group_policy_attachment" "ops" {
  group      = aws_iam_group.ops.name
  policy_arn = aws_iam_policy.mfa.arn
}
