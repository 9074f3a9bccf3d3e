readers = ["group:analysts@example.com", "allUsers"]
