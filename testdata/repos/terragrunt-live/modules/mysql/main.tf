resource "aws_db_instance" "mysql" {
  identifier              = var.name
  engine                  = "mysql"
  engine_version          = "8.0"
  instance_class          = var.instance_class
  allocated_storage       = var.allocated_storage
  storage_type            = var.storage_type
  username                = var.master_username
  password                = var.master_password
  storage_encrypted       = var.storage_encrypted
  backup_retention_period = 7
  deletion_protection     = true
  skip_final_snapshot     = false
  publicly_accessible     = false
  apply_immediately       = var.apply_immediately
}
