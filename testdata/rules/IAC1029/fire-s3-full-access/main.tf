resource "aws_iam_role_policy_attachment" "managed" {
  role       = "app"
  policy_arn = "arn:aws:iam::aws:policy/AmazonS3FullAccess"
}

data "aws_iam_policy_document" "s3" {
  statement {
    actions   = ["s3:*"]
    resources = ["*"]
  }
}
