retention = 0
