resource "aws_launch_template" "app" {
  image_id      = "ami-0abc"
  instance_type = "t3.micro"
}

resource "aws_launch_configuration" "legacy" {
  image_id      = "ami-0abc"
  instance_type = "t3.micro"
  metadata_options {
    http_endpoint = "enabled"
  }
}
