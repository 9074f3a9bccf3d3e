data "azurerm_subscription" "primary" {}

locals {
  operator_actions = ["*"]
}

resource "azurerm_role_definition" "operator" {
  name  = "operator"
  scope = data.azurerm_subscription.primary.id

  permissions {
    actions     = local.operator_actions
    not_actions = []
  }

  assignable_scopes = [data.azurerm_subscription.primary.id]
}
