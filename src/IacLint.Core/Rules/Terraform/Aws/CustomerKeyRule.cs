using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>
/// A setting that must name a customer-managed KMS key: fires when it is missing, empty or an AWS-managed alias
/// (<c>alias/aws/…</c>); a reference to a key resource or data source is taken as a customer-managed key.
/// </summary>
public abstract class CustomerKeyRule : SettingRule
{
    /// <summary>What the service uses without the setting, e.g. "the AWS-managed key".</summary>
    protected virtual string Fallback => "the AWS-managed key";

    protected override bool ReferenceIsSafe => true;

    protected override string? WhenMissing(ResourceInstance resource) => $"is not set ({Fallback} is used)";

    protected override string? Judge(TfValue value, ResourceInstance resource)
    {
        if (IsEmpty(value)) return $"is empty ({Fallback} is used)";
        return value is TfString { Value: var key } && IsAwsManaged(key) ? $"= \"{key}\", an AWS-managed key" : null;
    }

    /// <summary>An alias of an AWS-managed key (<c>alias/aws/sns</c>), by name or by ARN.</summary>
    internal static bool IsAwsManaged(string key) =>
        key.StartsWith("alias/aws/", StringComparison.Ordinal) || key.Contains(":alias/aws/", StringComparison.Ordinal);
}
