admin_ranges = ["0.0.0.0/0"]
