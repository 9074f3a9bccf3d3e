resource "aws_instance" "app" {
  ami           = "ami-0abc"
  instance_type = "t3.micro"
  user_data     = <<-EOT
    #!/bin/bash
    export DB_PASSWORD="$(aws secretsmanager get-secret-value --secret-id app/db --query SecretString --output text)"
    export API_TOKEN=$TOKEN_FROM_ENV
    export GREETING=hello
  EOT
}
