namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1037: no CloudTrail trail records S3 object-level write events for a bucket.</summary>
public sealed class S3ObjectWritesNotLogged() : S3DataEventRule("IAC1037", reads: false, ["trivy:AVD-AWS-0171", "tfsec:aws-s3-enable-object-write-logging"]);
