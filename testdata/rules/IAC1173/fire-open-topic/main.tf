data "aws_iam_policy_document" "alerts" {
  statement {
    actions   = ["sns:Publish", "sns:Subscribe"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_sns_topic" "alerts" {
  name   = "alerts"
  policy = data.aws_iam_policy_document.alerts.json
}
