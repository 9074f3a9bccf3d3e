resource "azurerm_app_service" "legacy" {
  name                = "legacy"
  location            = "westeurope"
  resource_group_name = "rg"
  app_service_plan_id = "plan-id"

  auth_settings {
    enabled = false
  }
}
