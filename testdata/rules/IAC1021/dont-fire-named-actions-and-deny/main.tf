data "aws_iam_policy_document" "app" {
  statement {
    actions   = ["s3:GetObject", "s3:List*"]
    resources = ["arn:aws:s3:::app/*"]
  }
  statement {
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = ["*"]
  }
}
