resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
}

resource "aws_instance" "app" {
  ami = "ami-123"

  root_block_device {
    encrypted = true
  }
}
