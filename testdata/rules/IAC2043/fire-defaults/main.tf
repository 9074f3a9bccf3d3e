resource "azurerm_kubernetes_cluster" "bare" {
  name                = "bare"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "bare"

  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }
}
