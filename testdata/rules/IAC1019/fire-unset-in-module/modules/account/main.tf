resource "aws_iam_account_password_policy" "this" {
  allow_users_to_change_password = true
}
