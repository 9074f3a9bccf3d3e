terraform {
  source = "git::https://github.com/acme/infrastructure-modules.git//app"
}
