resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::111122223333:role/fn"
  runtime       = "dotnet8"
}

resource "aws_lambda_function" "image" {
  function_name = "image"
  role          = "arn:aws:iam::111122223333:role/fn"
  package_type  = "Image"
  image_uri     = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/api:1.0"
}
