resource "azurerm_network_interface" "router" {
  count                 = 2
  name                  = "router-${count.index}"
  location              = "westeurope"
  resource_group_name   = "rg"
  ip_forwarding_enabled = true

  ip_configuration {
    name                          = "internal"
    subnet_id                     = "subnet-id"
    private_ip_address_allocation = "Dynamic"
  }
}

resource "azurerm_network_interface" "legacy" {
  name                 = "legacy"
  location             = "westeurope"
  resource_group_name  = "rg"
  enable_ip_forwarding = true

  ip_configuration {
    name                          = "internal"
    subnet_id                     = "subnet-id"
    private_ip_address_allocation = "Dynamic"
  }
}
