resource "azurerm_role_definition" "auth_admin" {
  name  = "auth-admin"
  scope = "/subscriptions/00000000-0000-0000-0000-000000000000"

  permissions {
    actions = ["Microsoft.Authorization/*"]
  }
}

resource "azurerm_role_definition" "role_writer" {
  name  = "role-writer"
  scope = "/subscriptions/00000000-0000-0000-0000-000000000000"

  permissions {
    actions = ["Microsoft.Resources/subscriptions/resourceGroups/read", "Microsoft.Authorization/roleDefinitions/write"]
  }
}
