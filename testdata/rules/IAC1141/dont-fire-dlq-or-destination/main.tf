resource "aws_sqs_queue" "dlq" {
  name = "thumbnails-dlq"
}

resource "aws_lambda_function" "thumbnails" {
  function_name = "thumbnails"
  role          = "arn:aws:iam::111122223333:role/thumbnails"
  dead_letter_config {
    target_arn = aws_sqs_queue.dlq.arn
  }
}

resource "aws_lambda_function" "mailer" {
  function_name = "mailer"
  role          = "arn:aws:iam::111122223333:role/mailer"
}

resource "aws_lambda_function_event_invoke_config" "mailer" {
  function_name = aws_lambda_function.mailer.function_name
  destination_config {
    on_failure {
      destination = aws_sqs_queue.dlq.arn
    }
  }
}
