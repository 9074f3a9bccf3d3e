resource "aws_instance" "v2" {
  ami           = "ami-0abc"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_instance" "no_imds" {
  ami           = "ami-0abc"
  instance_type = "t3.micro"
  metadata_options {
    http_endpoint = "disabled"
  }
}
