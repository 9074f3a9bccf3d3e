variable "users" {
  type    = list(string)
  default = ["bob"]
}

resource "aws_iam_user_policy" "inline" {
  name   = "inline"
  user   = "bob"
  policy = jsonencode({ Version = "2012-10-17", Statement = [] })
}

resource "aws_iam_policy_attachment" "shared" {
  name       = "shared"
  users      = var.users
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
