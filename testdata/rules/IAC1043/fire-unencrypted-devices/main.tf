resource "aws_launch_configuration" "legacy" {
  image_id      = "ami-0abc"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = false
  }
  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 50
  }
}

resource "aws_launch_template" "app" {
  image_id = "ami-0abc"
  dynamic "block_device_mappings" {
    for_each = { "/dev/xvda" = 20, "/dev/xvdb" = 100 }
    content {
      device_name = block_device_mappings.key
      ebs {
        volume_size = block_device_mappings.value
        encrypted   = block_device_mappings.key == "/dev/xvda"
      }
    }
  }
}
