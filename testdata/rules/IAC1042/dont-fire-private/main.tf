resource "aws_instance" "app" {
  ami                         = "ami-0abc"
  instance_type               = "t3.micro"
  associate_public_ip_address = false
}
