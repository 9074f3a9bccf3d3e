data "aws_iam_policy_document" "s3" {
  statement {
    actions   = ["s3:*"]
    resources = ["arn:aws:s3:::app", "arn:aws:s3:::app/*"]
  }
}

resource "aws_iam_role_policy_attachment" "read" {
  role       = "app"
  policy_arn = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"
}
