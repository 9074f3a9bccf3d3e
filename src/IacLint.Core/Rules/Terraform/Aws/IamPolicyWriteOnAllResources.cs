using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1022: iAM policy allows write actions on every resource.</summary>
public sealed class IamPolicyWriteOnAllResources : IamPolicyRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1022",
        Name: "aws-iam-policy-write-on-all-resources",
        Title: "IAM policy allows write actions on every resource",
        Description: "An Allow statement of an IAM identity policy has `\"*\"` among its resources and an action that is not read-only (anything but `Get*`, `List*`, `Describe*`, `Head*`, `View*`, `Search*`, `Lookup*`, `BatchGet*`, `BatchCheck*`, `Query`, `Scan`, `Select*`, `Filter*`, `StartQuery`, `Validate*`, `Simulate*`, `Estimate*`), with no condition narrowing it. Some actions (for example `ec2:CreateTags` on new resources, `eks-auth:AssumeRoleForPodIdentity`) support no resource-level permissions and need `*`: suppress those findings with the reason.",
        Why: "Write access on `*` reaches every bucket, table, queue and key of the account, including ones created later for other teams. Scoping resources to ARNs is the main lever of least privilege.",
        HowToFix: "Replace `\"*\"` with the ARNs the workload writes to, or add a condition (tags, `aws:ResourceAccount`) that narrows it.",
        Example: """
            ```hcl
            data "aws_iam_policy_document" "app" {
              statement {
                actions   = ["s3:GetObject", "s3:PutObject"]
                resources = ["${aws_s3_bucket.uploads.arn}/*"]
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 6.5,
        Tags: ["security", "terraform", "aws", "iam"],
        Area: AuditArea.Access,
        Cwe: "CWE-732",
        RelatedIds: ["checkov:CKV_AWS_290", "checkov:CKV_AWS_355", "trivy:AVD-AWS-0057"],
        Precision: Precision.Medium);

    private static readonly string[] ReadVerbs = ["Get", "List", "Describe", "Head", "View", "Search", "Lookup", "BatchGet", "BatchCheck", "Query", "Scan", "Select", "Filter", "StartQuery", "Validate", "Simulate", "Estimate"];

    protected override string? Problem(PolicyStatement statement) =>
        statement.Allows && statement.ConditionKeys.Count == 0 && statement.Resources.Any(IsWildcard) && statement.Actions.FirstOrDefault(IsWrite) is { } action
            ? $"allows \"{action}\" on all resources (\"*\")"
            : null;

    private static bool IsWrite(string action)
    {
        var colon = action.IndexOf(':');
        var verb = colon < 0 ? action : action[(colon + 1)..];
        return !ReadVerbs.Any(read => verb.StartsWith(read, StringComparison.OrdinalIgnoreCase));
    }
}
