variable "egress_destination" {
  type = string
}

resource "azurerm_network_security_rule" "out" {
  name                        = "out"
  priority                    = 100
  direction                   = "Outbound"
  access                      = "Allow"
  protocol                    = "*"
  source_port_range           = "*"
  destination_port_range      = "*"
  source_address_prefix       = "*"
  destination_address_prefix  = var.egress_destination
  resource_group_name         = "rg"
  network_security_group_name = "app"
}
