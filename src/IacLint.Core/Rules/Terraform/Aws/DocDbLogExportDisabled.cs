using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1155: a DocumentDB cluster exports neither its audit nor its profiler log.</summary>
public sealed class DocDbLogExportDisabled : SettingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1155",
        Name: "aws-documentdb-log-export-disabled",
        Title: "DocumentDB cluster exports no audit or profiler log",
        Description: "An `aws_docdb_cluster` has neither `\"audit\"` nor `\"profiler\"` in `enabled_cloudwatch_logs_exports` (the default exports nothing).",
        Why: "DocumentDB keeps its audit events (authentication, DDL, user management) and slow-operation profile only in CloudWatch Logs: without the export there is no record of who did what.",
        HowToFix: "Set `enabled_cloudwatch_logs_exports = [\"audit\", \"profiler\"]` and enable `audit_logs` in the cluster parameter group.",
        Example: """
            ```hcl
            resource "aws_docdb_cluster" "catalog" {
              enabled_cloudwatch_logs_exports = ["audit", "profiler"]
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "aws", "documentdb"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["trivy:AVD-AWS-0020", "tfsec:aws-documentdb-enable-log-export"],
        RelatedIds: ["checkov:CKV_AWS_85"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_docdb_cluster"];

    protected override IReadOnlyList<string> Attributes { get; } = ["enabled_cloudwatch_logs_exports"];

    protected override string Problem => "exports no audit or profiler log";

    protected override string? WhenMissing(ResourceInstance resource) => "is not set";

    protected override string? Judge(TfValue value, ResourceInstance resource) =>
        Strings(value).Any(l => l is "audit" or "profiler") ? null : "includes neither \"audit\" nor \"profiler\"";
}
