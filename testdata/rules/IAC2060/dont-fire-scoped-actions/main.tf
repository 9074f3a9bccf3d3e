data "azurerm_subscription" "primary" {}

resource "azurerm_role_definition" "deployer" {
  name  = "deployer"
  scope = data.azurerm_subscription.primary.id

  permissions {
    actions     = ["Microsoft.Resources/deployments/*", "Microsoft.Web/sites/write"]
    not_actions = []
  }

  assignable_scopes = [data.azurerm_subscription.primary.id]
}
