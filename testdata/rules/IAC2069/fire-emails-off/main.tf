resource "azurerm_security_center_contact" "main" {
  name                = "main"
  email               = "security@example.com"
  phone               = "+1-555-0100"
  alert_notifications = false
  alerts_to_admins    = false
}
