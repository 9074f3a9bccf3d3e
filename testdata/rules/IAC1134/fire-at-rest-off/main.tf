resource "aws_emr_security_configuration" "batch" {
  name = "batch"
  configuration = jsonencode({
    EncryptionConfiguration = {
      EnableAtRestEncryption    = var.at_rest
      EnableInTransitEncryption = true
    }
  })
}

variable "at_rest" {
  default = false
}
