resource "aws_s3_bucket" "foo-bucket" {
  bucket = "foo-one"
}

resource "aws_s3_bucket" "foo-bucket" {
  bucket = "foo-two"
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 10
}
