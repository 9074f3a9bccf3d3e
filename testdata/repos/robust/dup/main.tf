resource "aws_s3_bucket" "foo-bucket" {
  bucket = "foo-one"
}

resource "aws_s3_bucket" "foo-bucket" {
  bucket = "foo-two"
}

data "aws_iam_policy_document" "read" {}
data "aws_iam_policy_document" "read" {}
