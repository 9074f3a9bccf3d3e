using IacLint.Findings;
using IacLint.Terraform.Model;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>A rule that fires on a resource's <c>policy</c> when one of its statements is too open.</summary>
public abstract class ResourcePolicyRule : ResourceRule
{
    /// <summary>Whether a statement is the problem.</summary>
    internal abstract bool IsOpen(PolicyStatement statement);

    /// <summary>The sentence a finding says after the address.</summary>
    protected abstract string Problem { get; }

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (resource.Body.Attribute("policy") is not { } policy) yield break;
        var read = PolicyDocuments.ReadResourcePolicy(policy, configuration, resource);
        if (read.Unknown is { } unknown) yield return CouldNotEvaluate(resource, policy, "policy", unknown);
        else if (read.Statements.Any(IsOpen)) yield return Report(resource, policy, $"{resource.Address} {Problem}.");
    }
}
