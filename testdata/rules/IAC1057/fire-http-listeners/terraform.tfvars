protocol = "HTTP"
