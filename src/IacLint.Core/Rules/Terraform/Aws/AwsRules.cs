namespace IacLint.Rules.Terraform.Aws;

/// <summary>The AWS rules, in id order; part of <see cref="RuleRegistry.All"/>.</summary>
public static class AwsRules
{
    public static IReadOnlyList<IRule> All { get; } =
    [
        new SecurityGroupOpenAdminPorts(),
        new S3BucketPublicAcl(),
        new S3PublicAccessBlock(),
        new RdsStorageNotEncrypted(),
        new EbsVolumeNotEncrypted(),
        new S3EncryptionNotConfigured(),
        new IamWildcardAdminPolicy(),
        new RdsPubliclyAccessible(),
        new RdsNoBackupRetention(),
        new RdsDeletionProtectionDisabled(),
        new RdsSkipFinalSnapshot(),
        new S3VersioningDisabled(),
        new S3AccessLoggingDisabled(),
    ];
}
