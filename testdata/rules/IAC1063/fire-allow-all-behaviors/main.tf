locals {
  paths = ["/images/*", "/api/*"]
}

resource "aws_cloudfront_distribution" "site" {
  enabled = true
  default_cache_behavior {
    target_origin_id       = "site"
    viewer_protocol_policy = "redirect-to-https"
  }
  dynamic "ordered_cache_behavior" {
    for_each = local.paths
    content {
      path_pattern           = ordered_cache_behavior.value
      target_origin_id       = "site"
      viewer_protocol_policy = ordered_cache_behavior.value == "/api/*" ? "https-only" : "allow-all"
    }
  }
}
