encrypted = false
