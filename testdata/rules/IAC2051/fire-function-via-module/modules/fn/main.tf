variable "https_only" {
  type    = bool
  default = true
}

resource "azurerm_linux_function_app" "this" {
  name                       = "jobs"
  location                   = "westeurope"
  resource_group_name        = "rg"
  service_plan_id            = "plan-id"
  storage_account_name       = "jobs"
  storage_account_access_key = "from-key-vault"
  https_only                 = var.https_only

  site_config {}
}
