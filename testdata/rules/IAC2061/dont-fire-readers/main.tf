resource "azurerm_role_definition" "auditor" {
  name  = "auditor"
  scope = "/subscriptions/00000000-0000-0000-0000-000000000000"

  permissions {
    actions = ["Microsoft.Authorization/roleDefinitions/read", "Microsoft.Authorization/roleAssignments/read"]
  }
}
