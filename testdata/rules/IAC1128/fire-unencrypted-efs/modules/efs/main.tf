variable "encrypted" {
  type = bool
}

resource "aws_efs_file_system" "this" {
  encrypted = var.encrypted
}
