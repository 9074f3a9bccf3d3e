module "db" {
  source   = "./modules/db"
  multi_az = false
}

resource "aws_db_instance" "reports" {
  engine = "postgres"
}
