variable "general_log" {
  type = bool
}

resource "aws_mq_broker" "this" {
  broker_name        = "orders"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.m5.large"
  logs {
    general = var.general_log
  }
}
