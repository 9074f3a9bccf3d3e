using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1160: a Redshift cluster has a public endpoint.</summary>
public sealed class RedshiftPubliclyAccessible : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1160",
        Name: "aws-redshift-publicly-accessible",
        Title: "Redshift cluster is publicly accessible",
        Description: "An `aws_redshift_cluster` sets `publicly_accessible = true` (the default is false since AWS provider 5.0), giving it a public address.",
        Why: "A public warehouse endpoint is exposed to credential stuffing and engine exploits from the whole internet; only the security group stands between it and the organisation's data.",
        HowToFix: "Set `publicly_accessible = false` and reach the cluster from the VPC (BI tools through a VPN, PrivateLink or a bastion).",
        Example: """
            ```hcl
            resource "aws_redshift_cluster" "warehouse" {
              publicly_accessible = false
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 8.0,
        Tags: ["security", "terraform", "aws", "redshift"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["checkov:CKV_AWS_87"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_redshift_cluster"];

    protected override IReadOnlyList<string> Attributes { get; } = ["publicly_accessible"];

    protected override bool SafeValue => false;

    protected override bool DefaultValue => false;

    protected override string Problem => "is publicly accessible";
}
