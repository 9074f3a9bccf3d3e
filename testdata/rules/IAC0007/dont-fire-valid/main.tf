terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

provider "aws" { region = "eu-west-1" }
provider "aws" {
  alias  = "us"
  region = "us-east-1"
}

variable "region" { default = "eu-west-1" }

locals { name = "a" }
locals { other = "b" }

module "net" { source = "./net" }

resource "aws_s3_bucket" "logs" { bucket = "logs" }
data "aws_s3_bucket" "logs" { bucket = "logs" }

moved {
  from = aws_s3_bucket.old
  to   = aws_s3_bucket.logs
}
