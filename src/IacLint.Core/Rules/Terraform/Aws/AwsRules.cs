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
        new IamPasswordReuseAllowed(),
        new IamPasswordNoLowercase(),
        new IamPasswordNoNumbers(),
        new IamPasswordNoSymbols(),
        new IamPasswordNoUppercase(),
        new IamPasswordNeverExpires(),
        new IamPasswordTooShort(),
        new IamPolicyServiceWildcard(),
        new IamPolicyWriteOnAllResources(),
        new IamPolicyNotActionAllow(),
        new IamTrustPolicyAnyPrincipal(),
        new IamUserAdminAccess(),
        new IamUserDirectPolicy(),
        new IamRootAccessKey(),
        new IamGroupWithoutMfa(),
        new IamS3FullAccess(),
        new S3BlockPublicAclsOff(),
        new S3BlockPublicPolicyOff(),
        new S3IgnorePublicAclsOff(),
        new S3RestrictPublicBucketsOff(),
        new S3MfaDeleteDisabled(),
        new S3NoTlsOnlyPolicy(),
        new S3EncryptionWithoutCmk(),
        new S3ObjectWritesNotLogged(),
        new S3ObjectReadsNotLogged(),
    ];
}
