resource "aws_ebs_encryption_by_default" "on" {
  enabled = true
}

resource "aws_launch_configuration" "legacy" {
  image_id      = "ami-0abc"
  instance_type = "t3.micro"
  root_block_device {
    volume_size = 30
  }
}
