# Production is another root module: dev's account setting does not reach it.
resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 40
}
