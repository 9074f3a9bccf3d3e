# ICMP carries no ports: a ping rule open to everyone does not expose SSH.
resource "azurerm_network_security_rule" "ping" {
  name                        = "ping"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Icmp"
  source_port_range           = "*"
  destination_port_range      = "*"
  source_address_prefix       = "*"
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "vm"
}
