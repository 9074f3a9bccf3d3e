variable "rbac" {
  type    = bool
  default = true
}

resource "azurerm_kubernetes_cluster" "main" {
  name                              = "main"
  location                          = "westeurope"
  resource_group_name               = "rg"
  dns_prefix                        = "main"
  role_based_access_control_enabled = var.rbac

  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }
}

resource "azurerm_kubernetes_cluster" "legacy" {
  name                = "legacy"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "legacy"

  role_based_access_control {
    enabled = false
  }
}
