resource "aws_athena_database" "sales" {
  name   = "sales"
  bucket = "athena-sales"
  encryption_configuration {
    encryption_option = "SSE_S3"
  }
}

resource "aws_athena_workgroup" "analysts" {
  name = "analysts"
  configuration {
    result_configuration {
      output_location = "s3://athena-results/"
      encryption_configuration {
        encryption_option = "SSE_KMS"
        kms_key_arn       = "arn:aws:kms:eu-west-1:111122223333:key/abc"
      }
    }
  }
}
