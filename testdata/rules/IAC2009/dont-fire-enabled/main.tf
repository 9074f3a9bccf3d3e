
resource "azurerm_network_watcher_flow_log" "nsg" {
  network_watcher_name      = "nw"
  resource_group_name       = "rg"
  name                      = "nsg"
  network_security_group_id = "nsg-id"
  storage_account_id        = "sa-id"
  enabled                   = true

  retention_policy {
    enabled = true
    days    = 90
  }
}
