resource "aws_subnet" "app" {
  vpc_id     = "vpc-123"
  cidr_block = "10.0.2.0/24"
}
