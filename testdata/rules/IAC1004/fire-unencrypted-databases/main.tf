variable "encrypt" {
  type    = bool
  default = true
}

resource "aws_db_instance" "orders" {
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  storage_encrypted = var.encrypt
}

resource "aws_rds_cluster" "reports" {
  engine = "aurora-postgresql"
}
