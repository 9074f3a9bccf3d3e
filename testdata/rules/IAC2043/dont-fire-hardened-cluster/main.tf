resource "azurerm_kubernetes_cluster" "main" {
  name                              = "main"
  location                          = "westeurope"
  resource_group_name               = "rg"
  dns_prefix                        = "main"
  private_cluster_enabled           = true
  role_based_access_control_enabled = true
  azure_policy_enabled              = true
  automatic_upgrade_channel         = "patch"
  local_account_disabled            = true
  disk_encryption_set_id            = azurerm_disk_encryption_set.aks.id

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  network_profile {
    network_plugin = "azure"
    network_policy = "calico"
  }

  oms_agent {
    log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id
  }

  azure_active_directory_role_based_access_control {
    azure_rbac_enabled = true
  }
}

resource "azurerm_disk_encryption_set" "aks" {
  name                = "aks"
  location            = "westeurope"
  resource_group_name = "rg"
  key_vault_key_id    = "key-id"
}

resource "azurerm_log_analytics_workspace" "main" {
  name                = "main"
  location            = "westeurope"
  resource_group_name = "rg"
}
