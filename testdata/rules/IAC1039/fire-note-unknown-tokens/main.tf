variable "tokens" {
  type = string
}

resource "aws_instance" "app" {
  ami           = "ami-0abc"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens = var.tokens
  }
}
