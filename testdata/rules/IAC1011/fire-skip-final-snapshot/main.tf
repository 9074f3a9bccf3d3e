locals {
  ephemeral = true
}

resource "aws_db_instance" "orders" {
  engine              = "postgres"
  skip_final_snapshot = local.ephemeral
}
