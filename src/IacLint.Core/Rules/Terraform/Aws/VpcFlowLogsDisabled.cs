using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1053: vPC has no flow logs.</summary>
public sealed class VpcFlowLogsDisabled : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1053",
        Name: "aws-vpc-flow-logs-disabled",
        Title: "VPC has no flow logs",
        Description: "An `aws_vpc` has no `aws_flow_log` whose `vpc_id` points at it.",
        Why: "Flow logs are the record of which addresses talked to which: without them there is no way to tell, after an incident, where an attacker connected from or where data went.",
        HowToFix: "Add an `aws_flow_log` with `traffic_type = \"ALL\"` for the VPC, to CloudWatch Logs or S3.",
        Example: """
            ```hcl
            resource "aws_flow_log" "main" {
              vpc_id               = aws_vpc.main.id
              traffic_type         = "ALL"
              log_destination_type = "s3"
              log_destination      = aws_s3_bucket.flow_logs.arn
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "aws", "vpc"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["checkov:CKV2_AWS_11", "trivy:AVD-AWS-0178", "tfsec:aws-ec2-require-vpc-flow-logs-for-all-vpcs"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_vpc"];

    protected override IEnumerable<Finding> Check(ResourceInstance vpc, TerraformConfiguration configuration)
    {
        var flowLogs = configuration.OfType("aws_flow_log").Select(f => f.Body.Attribute("vpc_id")?.Value).ToList();
        if (flowLogs.Any(id => id is TfUnknown unknown && unknown.RefersTo == vpc.Address)) yield break;
        if (flowLogs.Any(id => id is TfUnknown { RefersTo: null }))
        {
            yield return Report(vpc, null, $"Could not tell whether {vpc.Address} has flow logs: a flow log's vpc_id is known only after apply.") with { Level = Level.Note };
            yield break;
        }
        yield return Report(vpc, null, $"{vpc.Address} has no aws_flow_log.");
    }
}
