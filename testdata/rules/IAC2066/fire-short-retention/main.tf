resource "azurerm_monitor_log_profile" "main" {
  name               = "default"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["westeurope", "global"]
  storage_account_id = "sa-id"

  retention_policy {
    enabled = true
    days    = 90
  }
}
