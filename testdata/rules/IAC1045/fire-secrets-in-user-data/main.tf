locals {
  bootstrap = <<-EOT
    #!/bin/bash
    export APP_ENV=production
    export DB_PASSWORD="hunter2-but-longer"
  EOT
}

resource "aws_instance" "app" {
  ami           = "ami-0abc"
  instance_type = "t3.micro"
  user_data     = local.bootstrap
}

resource "aws_launch_template" "worker" {
  image_id  = "ami-0abc"
  user_data = base64encode("aws_access_key_id = AKIAABCDEFGHIJKLMNOP\n")
}
