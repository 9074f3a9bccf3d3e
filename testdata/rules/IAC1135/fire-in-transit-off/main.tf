resource "aws_emr_security_configuration" "batch" {
  name = "batch"
  configuration = jsonencode({
    EncryptionConfiguration = {
      EnableAtRestEncryption    = true
      EnableInTransitEncryption = false
    }
  })
}

resource "aws_emr_security_configuration" "adhoc" {
  name          = "adhoc"
  configuration = jsonencode({ EncryptionConfiguration = { EnableAtRestEncryption = true } })
}
