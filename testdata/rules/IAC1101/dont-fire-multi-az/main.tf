resource "aws_db_instance" "orders" {
  engine   = "postgres"
  multi_az = true
}
