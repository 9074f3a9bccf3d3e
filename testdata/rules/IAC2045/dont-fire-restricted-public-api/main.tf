resource "azurerm_kubernetes_cluster" "main" {
  name                = "main"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "main"

  api_server_access_profile {
    authorized_ip_ranges = ["203.0.113.0/24"]
  }
}
