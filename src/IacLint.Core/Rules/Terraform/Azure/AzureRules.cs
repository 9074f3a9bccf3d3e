namespace IacLint.Rules.Terraform.Azure;

/// <summary>The Azure rules, in id order; part of <see cref="RuleRegistry.All"/>.</summary>
public static class AzureRules
{
    public static IReadOnlyList<IRule> All { get; } =
    [
        new NsgOpenAdminPorts(),
        new StoragePublicBlobAccess(),
        new StorageHttpAllowed(),
        new StorageMinimumTls(),
        new NsgOpenToInternet(),
        new NsgOpenEgress(),
        new NsgSensitivePortOpen(),
        new FlowLogRetention(),
        new FlowLogDisabled(),
        new NicIpForwarding(),
        new NicPublicIp(),
        new StorageNetworkDefaultAllow(),
        new StorageTrustedServicesBypass(),
        new StorageQueueLogging(),
        new StorageInfrastructureEncryption(),
        new StorageBlobSoftDelete(),
        new StorageBlobVersioning(),
        new StorageNotGeoRedundant(),
        new StorageNoCustomerManagedKey(),
    ];
}
