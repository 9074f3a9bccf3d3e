resource "aws_workspaces_workspace" "analyst" {
  directory_id                   = "d-123"
  bundle_id                      = "wsb-123"
  user_name                      = "analyst"
  root_volume_encryption_enabled = true
}
