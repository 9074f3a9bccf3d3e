resource "aws_db_instance" "orders" {
  engine            = "postgres"
  storage_encrypted = true
}

resource "aws_db_instance" "replica" {
  replicate_source_db = aws_db_instance.orders.identifier
}
