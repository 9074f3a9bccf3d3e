namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1033: the S3 public access block does not restrict public buckets.</summary>
public sealed class S3RestrictPublicBucketsOff() : S3PublicAccessBlockFlagRule(
    "IAC1033", "restrict_public_buckets", "does not restrict public buckets",
    "S3 public access block does not restrict public buckets",
    "A bucket whose policy is already public stays reachable by anyone, not only by AWS services and the owner account.",
    ["checkov:CKV_AWS_56", "trivy:AVD-AWS-0093", "tfsec:aws-s3-no-public-buckets"]);
