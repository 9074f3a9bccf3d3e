tls = false
