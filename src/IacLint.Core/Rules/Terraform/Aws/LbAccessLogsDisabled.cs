using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1061: load balancer access logs are not enabled.</summary>
public sealed class LbAccessLogsDisabled : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1061",
        Name: "aws-elb-access-logs-disabled",
        Title: "Load balancer access logs are not enabled",
        Description: "An `aws_lb`/`aws_alb` has no `access_logs` block or one with `enabled` false or unset (for these the default is false), or an `aws_elb` (classic) has no `access_logs` block or sets `enabled = false`.",
        Why: "Access logs record every request with client address, path, status and TLS details: the evidence for investigating an attack on the application behind the load balancer.",
        HowToFix: "Add `access_logs { bucket = aws_s3_bucket.lb_logs.id enabled = true }`.",
        Example: """
            ```hcl
            resource "aws_lb" "web" {
              access_logs {
                bucket  = aws_s3_bucket.lb_logs.id
                prefix  = "web"
                enabled = true
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "aws", "elb"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["checkov:CKV_AWS_91", "checkov:CKV_AWS_92"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_lb", "aws_alb", "aws_elb"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var logs = resource.Body.Blocks("access_logs").ToList();
        if (logs.Count == 0)
        {
            yield return Report(resource, null, $"{resource.Address} has no access_logs block.");
            yield break;
        }
        var enabledByDefault = resource.Type == "aws_elb";
        foreach (var block in logs)
        {
            var enabled = block.Attribute("enabled");
            if (enabled is not null && !enabled.Value.IsKnown) yield return CouldNotEvaluate(resource, enabled, "access_logs.enabled", enabled.Value);
            else if (enabled is null ? !enabledByDefault : IsFalse(enabled.Value) || enabled.Value is TfNull && !enabledByDefault)
            {
                yield return Report(resource, enabled?.Location ?? new Location(resource.Definition.File.Path, block.Span), enabled?.Origin,
                    $"{resource.Address} has access logs disabled{(enabled is null ? " (access_logs.enabled defaults to false)" : "")}.");
            }
        }
    }
}
