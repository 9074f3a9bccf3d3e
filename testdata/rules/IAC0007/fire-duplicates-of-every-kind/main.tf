variable "region" {}
variable "region" {}

locals {
  name = "a"
}

locals {
  name = "b"
}

output "id" { value = 1 }
output "id" { value = 2 }

data "aws_caller_identity" "me" {}
data "aws_caller_identity" "me" {}

module "net" { source = "./net" }
module "net" { source = "./net" }

provider "aws" { region = "eu-west-1" }
provider "aws" { region = "us-east-1" }
provider "aws" {
  alias  = "us"
  region = "us-east-1"
}
provider "aws" {
  alias  = "us"
  region = "us-east-2"
}

resource "aws_instance" "web" {
  count    = 2
  for_each = toset(["a"])
}

resouce "aws_instance" "typo" {}
