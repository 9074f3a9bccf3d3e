resource "aws_iam_group_policy_attachment" "admins" {
  group      = "admins"
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_user_policy_attachment" "read" {
  user       = "auditor"
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
