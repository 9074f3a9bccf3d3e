using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform;

/// <summary>A setting that must be present and non-empty (a subnet group, a key, a source ARN, a log list); a
/// reference to another resource's attribute counts as set.</summary>
public abstract class RequiredSettingRule : SettingRule
{
    /// <summary>What a missing setting means, e.g. "(the default VPC is used)"; empty when it goes without saying.</summary>
    protected virtual string MissingMeans => "";

    protected override bool ReferenceIsSafe => true;

    protected override string? WhenMissing(ResourceInstance resource) => MissingMeans.Length == 0 ? "is not set" : $"is not set {MissingMeans}";

    protected override string? Judge(TfValue value, ResourceInstance resource) => IsEmpty(value) ? "is empty" : null;
}
