module "db" {
  source = "./modules/db"
  ports  = ["5432", "6379"]
}

resource "azurerm_network_security_rule" "ftp" {
  name                        = "ftp"
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "20-21"
  source_address_prefix       = "Internet"
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "app"
}
