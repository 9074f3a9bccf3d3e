resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/eks"
}

resource "aws_eks_cluster" "tools" {
  name     = "tools"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  encryption_config {
    resources = ["secrets"]
  }
}
