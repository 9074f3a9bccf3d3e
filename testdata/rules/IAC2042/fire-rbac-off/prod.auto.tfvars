rbac = false
