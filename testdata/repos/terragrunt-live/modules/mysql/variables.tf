variable "name" {
  type = string
}

variable "instance_class" {
  type = string
}

variable "allocated_storage" {
  type = number
}

variable "storage_type" {
  type = string
}

variable "master_username" {
  type = string
}

variable "master_password" {
  type      = string
  sensitive = true
}

variable "storage_encrypted" {
  type    = bool
  default = true
}

variable "apply_immediately" {
  type    = bool
  default = false
}
