resource "aws_lambda_permission" "sns" {
  for_each      = toset(["orders", "refunds"])
  statement_id  = "sns-${each.key}"
  action        = "lambda:InvokeFunction"
  function_name = "api"
  principal     = "sns.amazonaws.com"
}
