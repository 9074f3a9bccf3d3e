resource "kubernetes_service_v1" "web" {
  metadata {
    name = "web"
  }
  spec {
    type = "LoadBalancer"
    selector = {
      app = "web"
    }
    port {
      port = 80
    }
  }
}
