module "web" {
  source = "./modules/web"
  tokens = "optional"
}

resource "aws_instance" "plain" {
  ami           = "ami-0abc"
  instance_type = "t3.micro"
}
