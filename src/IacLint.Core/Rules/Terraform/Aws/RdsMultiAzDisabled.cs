using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1101: an RDS instance runs in a single availability zone.</summary>
public sealed class RdsMultiAzDisabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1101",
        Name: "aws-rds-multi-az-disabled",
        Title: "RDS instance is not Multi-AZ",
        Description: "An `aws_db_instance` has `multi_az` false or unset (the default is false), so it has no standby in another availability zone.",
        Why: "A single-AZ database is down for the whole of an AZ outage, a host failure or a storage failure, and every maintenance reboot is an outage; a Multi-AZ standby fails over in a minute or two.",
        HowToFix: "Set `multi_az = true` for production databases (Aurora clusters get this from instances in several AZs instead).",
        Example: """
            ```hcl
            resource "aws_db_instance" "orders" {
              multi_az = true
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: null,
        Tags: ["reliability", "terraform", "aws", "rds"],
        Area: AuditArea.Backup,
        EquivalentIds: ["checkov:CKV_AWS_157"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_db_instance"];

    protected override IReadOnlyList<string> Attributes { get; } = ["multi_az"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "runs in a single availability zone";
}
