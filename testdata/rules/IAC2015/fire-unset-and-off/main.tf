module "logs" {
  source = "./modules/sa"
  name   = "logs"
}

resource "azurerm_storage_account" "data" {
  name                              = "data"
  resource_group_name               = "rg"
  location                          = "westeurope"
  account_tier                      = "Standard"
  account_replication_type          = "GRS"
  infrastructure_encryption_enabled = false
}
