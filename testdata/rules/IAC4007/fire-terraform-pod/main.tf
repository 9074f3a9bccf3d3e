resource "kubernetes_pod" "debug" {
  metadata {
    name = "debug"
  }
  spec {
    host_network = true
    host_pid     = true
    container {
      name  = "shell"
      image = "busybox:1.36"
    }
  }
}
