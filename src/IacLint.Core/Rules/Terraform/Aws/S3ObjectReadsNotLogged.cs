namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1038: no CloudTrail trail records S3 object-level read events for a bucket.</summary>
public sealed class S3ObjectReadsNotLogged() : S3DataEventRule("IAC1038", reads: true, ["trivy:AVD-AWS-0172", "tfsec:aws-s3-enable-object-read-logging"]);
