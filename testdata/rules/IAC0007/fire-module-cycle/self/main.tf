module "again" {
  source = "./"
}

resource "aws_ebs_volume" "self" {
  availability_zone = "eu-west-1a"
  size              = 1
}
