variable "public" {
  type    = bool
  default = false
}

resource "aws_launch_configuration" "web" {
  image_id                    = "ami-0abc"
  instance_type               = "t3.micro"
  associate_public_ip_address = var.public
}
