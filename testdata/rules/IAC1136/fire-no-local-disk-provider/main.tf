locals {
  at_rest = {
    S3EncryptionConfiguration        = { EncryptionMode = "SSE-S3" }
    LocalDiskEncryptionConfiguration = { EncryptionKeyProviderType = "" }
  }
}

resource "aws_emr_security_configuration" "batch" {
  name = "batch"
  configuration = jsonencode({
    EncryptionConfiguration = {
      EnableAtRestEncryption        = true
      EnableInTransitEncryption     = true
      AtRestEncryptionConfiguration = local.at_rest
    }
  })
}
