resource "kubernetes_role" "everything" {
  metadata {
    name      = "everything"
    namespace = "shop"
  }
  rule {
    api_groups = [""]
    resources  = ["pods"]
    verbs      = ["get", "list"]
  }
  rule {
    api_groups = ["*"]
    resources  = ["*"]
    verbs      = ["*"]
  }
}
