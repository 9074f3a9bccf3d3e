resource "azurerm_public_ip" "vm" {
  name                = "vm"
  location            = "westeurope"
  resource_group_name = "rg"
  allocation_method   = "Static"
}

resource "azurerm_network_interface" "vm" {
  name                = "vm"
  location            = "westeurope"
  resource_group_name = "rg"

  ip_configuration {
    name                          = "internal"
    subnet_id                     = "subnet-id"
    private_ip_address_allocation = "Dynamic"
    public_ip_address_id          = azurerm_public_ip.vm.id
  }
}
