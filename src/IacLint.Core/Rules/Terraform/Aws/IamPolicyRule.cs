using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>
/// A rule about the statements of IAM policies: identity policies (<c>aws_iam_policy</c>, role/user/group inline
/// policies, a role's <c>inline_policy</c>) or, with <see cref="TrustPolicies"/>, roles' <c>assume_role_policy</c>;
/// plus every <c>data "aws_iam_policy_document"</c> of the matching kind. One finding per policy (at its attribute)
/// or per document statement.
/// </summary>
public abstract class IamPolicyRule : ResourceRule
{
    private static readonly string[] IdentityPolicyTypes = ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy", "aws_iam_role"];

    /// <summary>Check trust policies (who may assume a role) instead of permission policies.</summary>
    protected virtual bool TrustPolicies => false;

    protected override IReadOnlyCollection<string> ResourceTypes => TrustPolicies ? ["aws_iam_role"] : IdentityPolicyTypes;

    /// <summary>What is wrong with a statement (after "{address} "), or null when it is fine.</summary>
    protected abstract string? Problem(PolicyStatement statement);

    /// <summary>The statement attribute a document finding points at, when the statement sets it.</summary>
    protected virtual string DocumentAttribute => "actions";

    public override IEnumerable<Finding> Analyze(TerraformConfiguration configuration) => base.Analyze(configuration).Concat(CheckDocuments(configuration));

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (TrustPolicies)
        {
            if (resource.Body.Attribute("assume_role_policy") is { } trust && CheckPolicy(resource, resource.Body, trust) is { } t) yield return t;
            yield break;
        }
        if (resource.Type == "aws_iam_role")
        {
            foreach (var inline in resource.Body.Blocks("inline_policy"))
            {
                if (inline.Body is not null && inline.Attribute("policy") is { } inlinePolicy && CheckPolicy(resource, inline.Body, inlinePolicy) is { } f) yield return f;
            }
            yield break;
        }
        if (resource.Body.Attribute("policy") is { } policy && CheckPolicy(resource, resource.Body, policy) is { } finding) yield return finding;
    }

    private Finding? CheckPolicy(ResourceInstance resource, BodyView body, EvaluatedAttribute policy)
    {
        var statements = PolicyDocuments.Read(body, policy, out var unknown);
        if (statements is null) return unknown is null ? null : CouldNotEvaluate(resource, policy, policy.Name, unknown);
        var problem = statements.Select(Problem).FirstOrDefault(p => p is not null);
        return problem is null ? null : Report(resource, policy, $"{resource.Address} {problem}.");
    }

    /// <summary>A document is a trust policy when a statement lets principals assume a role (identity policies name no principals).</summary>
    private static bool IsTrustStatement(PolicyStatement statement) =>
        statement.Principals.Count > 0 && statement.Actions.Any(a => a.StartsWith("sts:AssumeRole", StringComparison.OrdinalIgnoreCase));

    private IEnumerable<Finding> CheckDocuments(TerraformConfiguration configuration)
    {
        foreach (var document in configuration.DataOfType("aws_iam_policy_document"))
        {
            var statements = document.Body.Blocks("statement").Select(b => (Block: b, Statement: PolicyDocuments.FromDocument(b))).ToList();
            if (TrustPolicies != statements.Any(s => IsTrustStatement(s.Statement))) continue;
            foreach (var (block, statement) in statements)
            {
                if (Problem(statement) is not { } problem) continue;
                var attribute = block.Attribute(DocumentAttribute);
                yield return Report(document, attribute?.Location ?? new Location(document.Definition.File.Path, block.Span), attribute?.Origin, $"{document.Address} {problem}.");
            }
        }
    }

    protected static bool IsWildcard(string value) => value == "*";
}
