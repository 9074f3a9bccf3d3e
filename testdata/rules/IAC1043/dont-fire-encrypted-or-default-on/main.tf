resource "aws_launch_template" "app" {
  image_id = "ami-0abc"
  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      encrypted = "true"
    }
  }
}
