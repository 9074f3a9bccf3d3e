resource "aws_s3_bucket" "open" {
  bucket = "acme-open"
}

resource "aws_s3_bucket" "read_only_policy" {
  bucket = "acme-read"
}

resource "aws_s3_bucket_policy" "read_only_policy" {
  bucket = aws_s3_bucket.read_only_policy.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Action    = "s3:GetObject"
      Resource  = "${aws_s3_bucket.read_only_policy.arn}/*"
    }]
  })
}
