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
    ];
}
