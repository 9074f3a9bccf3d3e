module "vpc" {
  source = "terraform-aws-modules/vpc/aws"
}

module "network" {
  source = "git::https://github.com/example/network.git"
}

module "dns" {
  source = "github.com/example/dns?ref=main"
}
