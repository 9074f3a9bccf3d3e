resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  logging_info {
    broker_logs {
      firehose {
        enabled = false
      }
      cloudwatch_logs {
        enabled   = true
        log_group = "msk"
      }
    }
  }
}
