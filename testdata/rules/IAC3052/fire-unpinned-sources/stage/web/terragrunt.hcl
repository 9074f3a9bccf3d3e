locals {
  branch = "main"
}

terraform {
  source = "git::git@github.com:acme/infrastructure-modules.git//web?ref=${local.branch}"
}
