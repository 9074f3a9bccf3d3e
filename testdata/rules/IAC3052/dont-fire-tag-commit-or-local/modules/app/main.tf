variable "name" {
  type    = string
  default = "app"
}

output "name" {
  value = var.name
}
