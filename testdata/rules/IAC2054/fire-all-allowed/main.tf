locals {
  site = {
    ftps_state = "AllAllowed"
  }
}

resource "azurerm_linux_web_app" "api" {
  name                = "api"
  location            = "westeurope"
  resource_group_name = "rg"
  service_plan_id     = "plan-id"

  site_config {
    ftps_state = local.site.ftps_state
  }
}
