resource "azurerm_security_center_subscription_pricing" "plans" {
  for_each      = { VirtualMachines = "Standard", SqlServers = "Free" }
  tier          = each.value
  resource_type = each.key
}
