environment        = "production"
ssh_sources        = ["0.0.0.0/0"]
database_encrypted = false
backup_days        = 0
