include "root" {
  path           = find_in_parent_folders("root.hcl")
  merge_strategy = "deep"
  expose         = true
}

inputs = {
  tags = {
    env = "stage"
  }
  zones  = ["b"]
  parent = get_parent_terragrunt_dir()
  team   = include.root.locals.team
}
