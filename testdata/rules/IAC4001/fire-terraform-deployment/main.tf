# A Deployment declared with Terraform's kubernetes provider: the value arrives through a variable and tfvars.
variable "privileged" {
  type    = bool
  default = false
}

resource "kubernetes_deployment_v1" "web" {
  metadata {
    name = "web"
  }
  spec {
    template {
      metadata {
        labels = { app = "web" }
      }
      spec {
        container {
          name  = "web"
          image = "nginx:1.27"
          security_context {
            privileged = var.privileged
          }
        }
        dynamic "init_container" {
          for_each = ["migrate"]
          content {
            name  = init_container.value
            image = "migrate:2.1"
            security_context {
              privileged = true
            }
          }
        }
      }
    }
  }
}
