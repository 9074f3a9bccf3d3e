namespace IacLint.Rules.Terraform.Google;

/// <summary>The Google Cloud rules, in id order; part of <see cref="RuleRegistry.All"/>.</summary>
public static class GoogleRules
{
    public static IReadOnlyList<IRule> All { get; } =
    [
    ];
}
