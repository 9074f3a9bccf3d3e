resource "aws_security_group" "unset" {
  name = "unset"
}

resource "aws_security_group" "empty" {
  name        = "empty"
  description = ""
}
