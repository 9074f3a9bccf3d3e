module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.8.1"
}

data "aws_availability_zones" "available" {}

resource "aws_subnet" "private" {
  count      = length(data.aws_availability_zones.available.names)
  vpc_id     = "vpc-123"
  cidr_block = cidrsubnet("10.0.0.0/16", 8, count.index)
}
