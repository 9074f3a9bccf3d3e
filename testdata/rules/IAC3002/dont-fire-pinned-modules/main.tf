module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.8.1"
}

module "network" {
  source = "git::https://github.com/example/network.git?ref=v1.2.0"
}

module "local" {
  source = "./modules/local"
}
