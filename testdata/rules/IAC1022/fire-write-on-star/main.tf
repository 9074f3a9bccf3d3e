variable "actions" {
  type    = list(string)
  default = ["ec2:DescribeInstances"]
}

data "aws_iam_policy_document" "app" {
  statement {
    actions   = var.actions
    resources = ["*"]
  }
}

resource "aws_iam_policy" "logs" {
  name   = "logs"
  policy = <<-EOF
    {
      "Version": "2012-10-17",
      "Statement": [{"Effect": "Allow", "Action": "logs:PutLogEvents", "Resource": "*"}]
    }
  EOF
}
