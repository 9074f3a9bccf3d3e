namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1031: the S3 public access block does not block public bucket policies.</summary>
public sealed class S3BlockPublicPolicyOff() : S3PublicAccessBlockFlagRule(
    "IAC1031", "block_public_policy", "does not block public bucket policies",
    "S3 public access block does not block public bucket policies",
    "A bucket policy that grants access to everyone is accepted, so one wrong `Principal = \"*\"` exposes the bucket.",
    ["checkov:CKV_AWS_54", "trivy:AVD-AWS-0087", "tfsec:aws-s3-block-public-policy"]);
