resource "aws_launch_configuration" "web" {
  image_id      = "ami-0abc"
  instance_type = "t3.micro"
}
