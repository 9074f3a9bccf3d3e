resource "aws_sns_topic" "orders" {
  name = "orders"
}

resource "aws_lambda_permission" "sns" {
  statement_id  = "sns"
  action        = "lambda:InvokeFunction"
  function_name = "api"
  principal     = "sns.amazonaws.com"
  source_arn    = aws_sns_topic.orders.arn
}

resource "aws_lambda_permission" "account" {
  statement_id  = "account"
  action        = "lambda:InvokeFunction"
  function_name = "api"
  principal     = "111122223333"
}
