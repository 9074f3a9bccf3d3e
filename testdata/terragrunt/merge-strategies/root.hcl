locals {
  team = "platform"
}

inputs = {
  tags = {
    team = local.team
  }
  zones = ["a"]
  from  = path_relative_from_include()
  to    = path_relative_to_include()
}
