resource "azurerm_linux_web_app" "api" {
  name                       = "api"
  location                   = "westeurope"
  resource_group_name        = "rg"
  service_plan_id            = "plan-id"
  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  identity {
    type = "SystemAssigned"
  }

  site_config {
    minimum_tls_version = "1.2"
    ftps_state          = "Disabled"
    http2_enabled       = true

    application_stack {
      python_version = "3.12"
    }
  }

  auth_settings_v2 {
    auth_enabled           = true
    require_authentication = true

    active_directory_v2 {
      client_id            = "00000000-0000-0000-0000-000000000000"
      tenant_auth_endpoint = "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0"
    }

    login {}
  }
}
