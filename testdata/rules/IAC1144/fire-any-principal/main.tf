resource "aws_lambda_permission" "public" {
  statement_id  = "public"
  action        = "lambda:InvokeFunction"
  function_name = "api"
  principal     = "*"
}
