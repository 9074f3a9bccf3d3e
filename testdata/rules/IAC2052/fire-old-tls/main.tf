resource "azurerm_windows_web_app" "portal" {
  name                = "portal"
  location            = "westeurope"
  resource_group_name = "rg"
  service_plan_id     = "plan-id"

  site_config {
    minimum_tls_version = "1.1"
  }
}

resource "azurerm_app_service" "legacy" {
  name                = "legacy"
  location            = "westeurope"
  resource_group_name = "rg"
  app_service_plan_id = "plan-id"

  site_config {
    min_tls_version = "1.0"
  }
}
