namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1030: the S3 public access block does not block public ACLs.</summary>
public sealed class S3BlockPublicAclsOff() : S3PublicAccessBlockFlagRule(
    "IAC1030", "block_public_acls", "does not block public ACLs",
    "S3 public access block does not block public ACLs",
    "New public ACLs on the bucket or its objects are accepted, so one `acl = \"public-read\"` on an upload makes the object public.",
    ["checkov:CKV_AWS_53", "trivy:AVD-AWS-0086", "tfsec:aws-s3-block-public-acls"]);
