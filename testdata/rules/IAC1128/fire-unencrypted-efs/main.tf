resource "aws_efs_file_system" "uploads" {
  creation_token = "uploads"
}

module "shared" {
  source    = "./modules/efs"
  encrypted = false
}
