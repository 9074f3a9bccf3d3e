using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>
/// A key setting that fires only when it names an AWS-managed key (<c>alias/aws/…</c>); a missing key is another
/// rule's finding (encryption off).
/// </summary>
public abstract class AwsManagedKeyRule : SettingRule
{
    protected override bool ReferenceIsSafe => true;

    protected override string? WhenMissing(ResourceInstance resource) => null;

    protected override string? Judge(TfValue value, ResourceInstance resource) =>
        value is TfString { Value: var key } && CustomerKeyRule.IsAwsManaged(key) ? $"= \"{key}\"" : null;
}
