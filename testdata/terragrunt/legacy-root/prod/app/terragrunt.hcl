include {
  path = find_in_parent_folders()
}

inputs = {
  tags = {
    env = "prod"
  }
}
