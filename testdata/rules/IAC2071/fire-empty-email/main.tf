variable "security_email" {
  type    = string
  default = ""
}

resource "azurerm_security_center_contact" "main" {
  name                = "main"
  email               = var.security_email
  phone               = "+1-555-0100"
  alert_notifications = true
  alerts_to_admins    = true
}
