namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1032: the S3 public access block does not ignore public ACLs.</summary>
public sealed class S3IgnorePublicAclsOff() : S3PublicAccessBlockFlagRule(
    "IAC1032", "ignore_public_acls", "does not ignore public ACLs",
    "S3 public access block does not ignore public ACLs",
    "Public ACLs that already exist on the bucket or its objects keep working.",
    ["checkov:CKV_AWS_55", "trivy:AVD-AWS-0091", "tfsec:aws-s3-ignore-public-acls"]);
