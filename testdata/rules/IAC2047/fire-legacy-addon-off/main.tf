resource "azurerm_kubernetes_cluster" "legacy" {
  name                = "legacy"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "legacy"

  addon_profile {
    azure_policy {
      enabled = false
    }
  }
}
