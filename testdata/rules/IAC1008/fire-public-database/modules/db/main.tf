variable "public" {
  type    = bool
  default = false
}

resource "aws_db_instance" "this" {
  engine              = "mysql"
  publicly_accessible = var.public
}
