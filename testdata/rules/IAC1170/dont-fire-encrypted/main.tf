resource "aws_codebuild_project" "api" {
  name         = "api"
  service_role = "arn:aws:iam::111122223333:role/codebuild"
  artifacts {
    type = "NO_ARTIFACTS"
  }
}
