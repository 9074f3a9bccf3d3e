terraform {
  source = "git::https://github.com/acme/infrastructure-modules.git//app?ref=v1.2.0"
}
