resource "azurerm_linux_web_app" "shop" {
  name                = "shop"
  location            = "westeurope"
  resource_group_name = "rg"
  service_plan_id     = "plan-id"

  site_config {
    application_stack {
      php_version = "8.1"
    }
  }
}
