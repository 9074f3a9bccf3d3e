resource "kubernetes_cron_job_v1" "report" {
  metadata {
    name = "report"
  }
  spec {
    schedule = "0 3 * * *"
    job_template {
      metadata {}
      spec {
        template {
          metadata {}
          spec {
            container {
              name  = "report"
              image = "report:1.4"
              env {
                name  = "SMTP_PASSWORD"
                value = "Xk9#mQ2!vL7pR4zT"
              }
            }
          }
        }
      }
    }
  }
}
