resource "aws_codebuild_project" "api" {
  name         = "api"
  service_role = "arn:aws:iam::111122223333:role/codebuild"
  artifacts {
    type                = "S3"
    location            = "artifacts"
    encryption_disabled = true
  }
  dynamic "secondary_artifacts" {
    for_each = ["docs"]
    content {
      type                = "S3"
      location            = "artifacts"
      artifact_identifier = secondary_artifacts.value
      encryption_disabled = var.plain_docs
    }
  }
}

variable "plain_docs" {
  default = true
}
