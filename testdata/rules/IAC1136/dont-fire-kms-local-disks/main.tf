resource "aws_emr_security_configuration" "batch" {
  name          = "batch"
  configuration = <<JSON
{
  "EncryptionConfiguration": {
    "EnableAtRestEncryption": true,
    "EnableInTransitEncryption": true,
    "AtRestEncryptionConfiguration": {
      "S3EncryptionConfiguration": { "EncryptionMode": "SSE-S3" },
      "LocalDiskEncryptionConfiguration": { "EncryptionKeyProviderType": "AwsKms", "AwsKmsKey": "arn:aws:kms:eu-west-1:111122223333:key/abc" }
    }
  }
}
JSON
}
