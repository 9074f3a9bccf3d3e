environment        = "staging"
ssh_sources        = ["10.20.0.0/16"]
database_encrypted = true
backup_days        = 7
versioned_buckets  = ["uploads"]
