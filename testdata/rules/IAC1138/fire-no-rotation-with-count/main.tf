resource "aws_kms_key" "data" {
  count               = 2
  enable_key_rotation = count.index > 0
}

resource "aws_kms_key" "logs" {
  description = "logs"
}
