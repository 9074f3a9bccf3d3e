resource "azurerm_app_service" "legacy" {
  name                = "legacy"
  location            = "westeurope"
  resource_group_name = "rg"
  app_service_plan_id = "plan-id"

  site_config {
    php_version = "7.4"
  }
}
