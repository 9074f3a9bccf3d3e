using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1152: a Neptune cluster does not export its audit log.</summary>
public sealed class NeptuneAuditLogExportDisabled : SettingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1152",
        Name: "aws-neptune-audit-log-export-disabled",
        Title: "Neptune cluster does not export audit logs",
        Description: "An `aws_neptune_cluster` has no `\"audit\"` in `enable_cloudwatch_logs_exports` (the default exports nothing).",
        Why: "Neptune's audit log (queries and connections) exists only in CloudWatch: without the export, who queried or changed the graph cannot be reconstructed.",
        HowToFix: "Set `enable_cloudwatch_logs_exports = [\"audit\"]` and `neptune_enable_audit_log = 1` in the cluster parameter group.",
        Example: """
            ```hcl
            resource "aws_neptune_cluster" "graph" {
              enable_cloudwatch_logs_exports = ["audit", "slowquery"]
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "aws", "neptune"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["trivy:AVD-AWS-0075", "tfsec:aws-neptune-enable-log-export", "checkov:CKV_AWS_101"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_neptune_cluster"];

    protected override IReadOnlyList<string> Attributes { get; } = ["enable_cloudwatch_logs_exports"];

    protected override string Problem => "does not export its audit log";

    protected override string? WhenMissing(ResourceInstance resource) => "is not set";

    protected override string? Judge(TfValue value, ResourceInstance resource) => Strings(value).Contains("audit") ? null : "does not include \"audit\"";
}
