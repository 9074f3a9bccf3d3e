resource "aws_config_configuration_aggregator" "accounts" {
  name = "accounts"
  account_aggregation_source {
    account_ids = ["111122223333"]
    regions     = ["eu-west-1", "us-east-1"]
  }
}
