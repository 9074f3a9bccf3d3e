resource "aws_ebs_snapshot_copy" "dr" {
  source_snapshot_id = "snap-123"
  source_region      = "eu-west-1"
}
