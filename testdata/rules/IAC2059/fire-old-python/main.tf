variable "python" {
  type    = string
  default = "3.8"
}

resource "azurerm_linux_function_app" "jobs" {
  name                       = "jobs"
  location                   = "westeurope"
  resource_group_name        = "rg"
  service_plan_id            = "plan-id"
  storage_account_name       = "jobs"
  storage_account_access_key = "from-key-vault"

  site_config {
    application_stack {
      python_version = var.python
    }
  }
}

resource "azurerm_app_service" "legacy" {
  name                = "legacy"
  location            = "westeurope"
  resource_group_name = "rg"
  app_service_plan_id = "plan-id"

  site_config {
    python_version = "3.4"
  }
}
