resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
}

resource "aws_instance" "app" {
  ami           = "ami-123"
  instance_type = "t3.micro"

  root_block_device {
    encrypted = false
  }
}
