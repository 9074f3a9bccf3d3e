using IacLint.Findings;
using IacLint.Terraform.Functions;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1007: an IAM policy allows every action on every resource (full administrator).</summary>
public sealed class IamWildcardAdminPolicy : ResourceRule
{
    private static readonly HashSet<string> PolicyResources = new(StringComparer.Ordinal)
    {
        "aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy", "aws_iam_role",
    };

    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1007",
        Name: "aws-iam-wildcard-admin-policy",
        Title: "IAM policy allows all actions on all resources",
        Description: "A statement with effect Allow has `\"*\"` among its actions and among its resources: in a `data \"aws_iam_policy_document\"`, or in the `policy` of `aws_iam_policy`, `aws_iam_role_policy`, `aws_iam_user_policy`, `aws_iam_group_policy` or an `aws_iam_role` `inline_policy`, written with `jsonencode(...)` or as JSON text (heredoc).",
        Why: "`*` on `*` is full administrator access: whoever holds the role can read every secret, delete every resource and grant themselves anything. Least privilege limits the blast radius of a leaked key or a compromised workload.",
        HowToFix: "List the actions the workload needs and the resources (ARNs) it needs them on. IAM Access Analyzer can generate a policy from CloudTrail activity.",
        Example: """
            ```hcl
            statement {
              actions   = ["*"]
              resources = ["*"]
            }
            ```
            becomes
            ```hcl
            statement {
              actions   = ["s3:GetObject", "s3:PutObject"]
              resources = ["${aws_s3_bucket.uploads.arn}/*"]
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 9.0,
        Tags: ["security", "iam", "least-privilege", "terraform", "aws"],
        Area: AuditArea.Access,
        Cwe: "CWE-269",
        EquivalentIds: ["checkov:CKV_AWS_1", "checkov:CKV_AWS_62", "checkov:CKV_AWS_63", "trivy:AVD-AWS-0057", "tfsec:aws-iam-no-policy-wildcards"],
        Precision: Precision.VeryHigh);

    protected override IReadOnlyCollection<string> ResourceTypes => PolicyResources;

    public override IEnumerable<Finding> Analyze(TerraformConfiguration configuration) => base.Analyze(configuration).Concat(CheckDocuments(configuration));

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (resource.Type == "aws_iam_role")
        {
            foreach (var inline in resource.Body.Blocks("inline_policy"))
            {
                if (inline.Attribute("policy") is { } inlinePolicy && CheckJson(resource, inlinePolicy) is { } f) yield return f;
            }
            yield break;
        }
        if (resource.Body.Attribute("policy") is { } policy && CheckJson(resource, policy) is { } finding) yield return finding;
    }

    private Finding? CheckJson(ResourceInstance resource, EvaluatedAttribute policy)
    {
        if (policy.Value is TfUnknown unknown)
        {
            // A policy document data source is checked on its own; anything else is a gap worth saying.
            return unknown.RefersTo?.StartsWith("data.aws_iam_policy_document.", StringComparison.Ordinal) == true ||
                   unknown.RefersTo?.Contains(".data.aws_iam_policy_document.", StringComparison.Ordinal) == true
                ? null
                : CouldNotEvaluate(resource, policy, "the policy", policy.Value);
        }
        if (policy.Value is not TfString text) return null;
        TfValue document;
        try
        {
            document = Encodings.FromJson(text.Value);
        }
        catch (IacLint.Terraform.Evaluation.TfEvaluationException)
        {
            return null;
        }
        var statements = (document as TfObject)?.Get("Statement") switch
        {
            TfList list => list.Items,
            TfObject single => [single],
            _ => [],
        };
        foreach (var statement in statements.OfType<TfObject>())
        {
            var effect = statement.Get("Effect") as TfString;
            if (effect is not null && effect.Value != "Allow") continue;
            if (HasWildcard(statement.Get("Action")) && HasWildcard(statement.Get("Resource")))
            {
                return Report(resource, policy, $"{resource.Address} allows all actions (\"*\") on all resources (\"*\").");
            }
        }
        return null;
    }

    private static bool HasWildcard(TfValue? value) => value switch
    {
        TfString s => s.Value == "*",
        TfList list => list.Items.Any(i => i is TfString { Value: "*" }),
        _ => false,
    };

    /// <summary>Policy document data sources: their statement blocks.</summary>
    private IEnumerable<Finding> CheckDocuments(TerraformConfiguration configuration)
    {
        foreach (var document in configuration.DataOfType("aws_iam_policy_document"))
        {
            foreach (var statement in document.Body.Blocks("statement"))
            {
                var effect = statement.Get("effect");
                if (effect is TfString { Value: not "Allow" }) continue;
                var actions = statement.Attribute("actions");
                var resources = statement.Attribute("resources");
                if (actions is null || resources is null) continue;
                if (!actions.Value.IsWhollyKnown || !resources.Value.IsWhollyKnown)
                {
                    if (HasWildcard(actions.Value) || HasWildcard(resources.Value))
                    {
                        yield return CouldNotEvaluate(document, actions.Value.IsWhollyKnown ? resources : actions, "the statement's actions and resources", actions.Value.IsWhollyKnown ? resources.Value : actions.Value);
                    }
                    continue;
                }
                if (HasWildcard(actions.Value) && HasWildcard(resources.Value))
                {
                    yield return Report(document, actions, $"{document.Address} allows all actions (\"*\") on all resources (\"*\").");
                }
            }
        }
    }
}
