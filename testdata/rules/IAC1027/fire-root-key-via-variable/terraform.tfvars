key_user = "root"
