locals {
  admin_ranges = []
}

resource "azurerm_kubernetes_cluster" "main" {
  name                = "main"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "main"

  api_server_access_profile {
    authorized_ip_ranges = local.admin_ranges
  }
}
