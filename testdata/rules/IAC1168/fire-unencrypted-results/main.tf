resource "aws_athena_database" "sales" {
  name   = "sales"
  bucket = "athena-sales"
}

resource "aws_athena_workgroup" "analysts" {
  name = "analysts"
  configuration {
    result_configuration {
      output_location = "s3://athena-results/"
    }
  }
}
