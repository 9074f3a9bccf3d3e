variable "log_exports" {
  type    = list(string)
  default = ["postgresql"]
}

resource "aws_db_instance" "orders" {
  engine                          = "postgres"
  enabled_cloudwatch_logs_exports = var.log_exports
}

resource "aws_rds_cluster" "catalog" {
  engine = "aurora-mysql"
}
