resource "azurerm_storage_account" "jobs" {
  name                     = "jobs"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_queue" "work" {
  name                 = "work"
  storage_account_name = azurerm_storage_account.jobs.name
}

resource "azurerm_storage_account" "silent" {
  name                     = "silent"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  queue_properties {
    logging {
      read    = false
      write   = false
      delete  = false
      version = "1.0"
    }
  }
}
