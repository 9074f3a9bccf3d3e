resource "aws_db_instance" "orders" {
  engine                       = "postgres"
  performance_insights_enabled = true
}
