resource "azurerm_network_watcher_flow_log" "ninety" {
  network_watcher_name      = "nw"
  resource_group_name       = "rg"
  name                      = "ninety"
  network_security_group_id = "nsg-id"
  storage_account_id        = "sa-id"
  enabled                   = true

  retention_policy {
    enabled = true
    days    = 90
  }
}

resource "azurerm_network_watcher_flow_log" "forever" {
  network_watcher_name      = "nw"
  resource_group_name       = "rg"
  name                      = "forever"
  network_security_group_id = "nsg-id"
  storage_account_id        = "sa-id"
  enabled                   = true

  retention_policy {
    enabled = true
    days    = 0
  }
}
