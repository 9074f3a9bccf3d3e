resource "azurerm_security_center_contact" "main" {
  name                = "main"
  email               = "security@example.com"
  alert_notifications = true
  alerts_to_admins    = true
}
