locals {
  functions = {
    api    = "python3.8"
    worker = "python3.12"
  }
}

resource "aws_lambda_function" "fn" {
  for_each      = local.functions
  function_name = each.key
  role          = "arn:aws:iam::111122223333:role/fn"
  runtime       = each.value
}

resource "aws_lambda_function" "legacy" {
  function_name = "legacy"
  role          = "arn:aws:iam::111122223333:role/fn"
  runtime       = "dotnet6"
}
