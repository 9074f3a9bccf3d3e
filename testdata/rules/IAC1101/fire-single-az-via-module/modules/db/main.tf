variable "multi_az" {
  type = bool
}

resource "aws_db_instance" "this" {
  engine   = "mysql"
  multi_az = var.multi_az
}
