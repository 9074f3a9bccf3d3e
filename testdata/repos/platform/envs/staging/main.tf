terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.60"
    }
  }
}

provider "aws" {
  region = "eu-west-1"
}

variable "environment" {
  type = string
}

variable "ssh_sources" {
  type = list(string)
}

variable "database_encrypted" {
  type    = bool
  default = true
}

variable "backup_days" {
  type = number
}

variable "versioned_buckets" {
  type    = set(string)
  default = []
}

module "data" {
  source            = "../../modules/data-store"
  name              = "shop"
  environment       = var.environment
  encrypted         = var.database_encrypted
  backup_days       = var.backup_days
  versioned_buckets = var.versioned_buckets
}

module "web" {
  source      = "../../modules/web"
  environment = var.environment
  ssh_sources = var.ssh_sources
}
