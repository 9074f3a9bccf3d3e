terraform {
  source = "git::git@github.com:acme/infrastructure-modules.git//web?ref=3f2c9d1b7a0e4c5d8f6a2b1c0d9e8f7a6b5c4d3e"
}
