resource "aws_instance" "bastion" {
  count                       = 2
  ami                         = "ami-0abc"
  instance_type               = "t3.micro"
  associate_public_ip_address = count.index == 0
}
