data "aws_availability_zones" "available" {}

# Three instances of a module whose every resource is counted by an input known only after apply.
module "nodes" {
  source   = "./modules/nodes"
  for_each = toset(["blue", "green", "canary"])
  name     = each.key
  zones    = data.aws_availability_zones.available.names
}
