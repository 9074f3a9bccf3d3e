terraform {
  source = "tfr:///terraform-aws-modules/vpc/aws"
}
