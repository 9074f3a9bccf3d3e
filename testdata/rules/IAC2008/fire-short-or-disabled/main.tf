variable "retention_days" {
  type    = number
  default = 30
}

resource "azurerm_network_watcher_flow_log" "short" {
  network_watcher_name      = "nw"
  resource_group_name       = "rg"
  name                      = "short"
  network_security_group_id = "nsg-id"
  storage_account_id        = "sa-id"
  enabled                   = true

  retention_policy {
    enabled = true
    days    = var.retention_days
  }
}

resource "azurerm_network_watcher_flow_log" "disabled" {
  network_watcher_name      = "nw"
  resource_group_name       = "rg"
  name                      = "disabled"
  network_security_group_id = "nsg-id"
  storage_account_id        = "sa-id"
  enabled                   = true

  retention_policy {
    enabled = false
    days    = 90
  }
}

resource "azurerm_network_watcher_flow_log" "none" {
  network_watcher_name      = "nw"
  resource_group_name       = "rg"
  name                      = "none"
  network_security_group_id = "nsg-id"
  storage_account_id        = "sa-id"
  enabled                   = true
}
