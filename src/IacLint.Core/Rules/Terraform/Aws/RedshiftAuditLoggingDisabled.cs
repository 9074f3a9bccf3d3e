using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1175: a Redshift cluster keeps no audit log of connections and queries.</summary>
public sealed class RedshiftAuditLoggingDisabled : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1175",
        Name: "aws-redshift-audit-logging-disabled",
        Title: "Redshift audit logging is off",
        Description: "An `aws_redshift_cluster` has no inline `logging { enable = true }` (provider v4) and no `aws_redshift_logging` resource for its `cluster_identifier` (provider v5+).",
        Why: "Redshift's connection, user and user-activity logs are the only record of who logged in and what they queried in the warehouse; without them a data exfiltration cannot be traced.",
        HowToFix: "Add an `aws_redshift_logging` resource (`log_destination_type = \"cloudwatch\"` or an S3 bucket) for the cluster.",
        Example: """
            ```hcl
            resource "aws_redshift_logging" "warehouse" {
              cluster_identifier   = aws_redshift_cluster.warehouse.cluster_identifier
              log_destination_type = "cloudwatch"
              log_exports          = ["connectionlog", "userlog", "useractivitylog"]
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.5,
        Tags: ["security", "terraform", "aws", "redshift"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["checkov:CKV_AWS_71"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_redshift_cluster"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var inline = resource.Body.Blocks("logging").Select(b => b.Attribute("enable")).OfType<EvaluatedAttribute>().FirstOrDefault();
        if (inline is not null)
        {
            if (!inline.Value.IsKnown) yield return CouldNotEvaluate(resource, inline, "logging.enable", inline.Value);
            else if (!IsTrue(inline.Value)) yield return Report(resource, inline, $"{resource.Address} keeps no audit log: logging.enable = {inline.Value}.");
            yield break;
        }
        var identifier = resource.Body.Attribute("cluster_identifier")?.Value;
        if (configuration.OfType("aws_redshift_logging").Any(l => l.Module == resource.Module && l.Body.Attribute("cluster_identifier")?.Value switch
            {
                TfUnknown unknown => unknown.RefersTo == resource.Address,
                TfString name => identifier is TfString own && own.Value == name.Value,
                _ => false,
            })) yield break;
        yield return Report(resource, null, $"{resource.Address} keeps no audit log: no logging block and no aws_redshift_logging for it.");
    }
}
