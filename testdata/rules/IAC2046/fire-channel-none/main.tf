resource "azurerm_kubernetes_cluster" "main" {
  name                      = "main"
  location                  = "westeurope"
  resource_group_name       = "rg"
  dns_prefix                = "main"
  automatic_channel_upgrade = "none"
}
