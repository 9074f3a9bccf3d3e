locals {
  retention = { debug = 7, audit = 400 }
}

resource "aws_cloudwatch_log_group" "this" {
  for_each          = local.retention
  name              = "/app/${each.key}"
  retention_in_days = each.value
}
