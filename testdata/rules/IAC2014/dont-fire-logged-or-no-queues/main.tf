resource "azurerm_storage_account" "jobs" {
  name                     = "jobs"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  queue_properties {
    logging {
      read                  = true
      write                 = true
      delete                = true
      version               = "1.0"
      retention_policy_days = 90
    }
  }
}

resource "azurerm_storage_queue" "work" {
  name                 = "work"
  storage_account_name = azurerm_storage_account.jobs.name
}

resource "azurerm_storage_account" "blobs_only" {
  name                     = "blobsonly"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}
