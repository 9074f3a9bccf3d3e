egress_destination = "Internet"
