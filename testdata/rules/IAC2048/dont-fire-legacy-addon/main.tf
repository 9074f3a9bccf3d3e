resource "azurerm_kubernetes_cluster" "legacy" {
  name                = "legacy"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "legacy"

  addon_profile {
    oms_agent {
      enabled                    = true
      log_analytics_workspace_id = "workspace-id"
    }
  }
}
