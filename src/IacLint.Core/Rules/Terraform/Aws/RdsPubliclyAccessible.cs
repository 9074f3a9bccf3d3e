using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1008: an RDS database instance is reachable from the internet.</summary>
public sealed class RdsPubliclyAccessible : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1008",
        Name: "aws-rds-publicly-accessible",
        Title: "RDS instance is publicly accessible",
        Description: "An `aws_db_instance` or `aws_rds_cluster_instance` sets `publicly_accessible = true`, giving it a public DNS name and address.",
        Why: "A database with a public endpoint can be reached by anyone who gets past (or around) its security group: credential stuffing and engine exploits follow quickly.",
        HowToFix: "Set `publicly_accessible = false` and reach the database from inside the VPC (application subnets, a bastion, or a VPN).",
        Example: """
            ```hcl
            resource "aws_db_instance" "orders" {
              publicly_accessible = false
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 8.1,
        Tags: ["security", "public-exposure", "terraform", "aws", "rds"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["checkov:CKV_AWS_17", "trivy:AVD-AWS-0180", "tfsec:aws-rds-enable-public-access"],
        Precision: Precision.VeryHigh);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_db_instance", "aws_rds_cluster_instance"];

    protected override IReadOnlyList<string> Attributes { get; } = ["publicly_accessible"];

    protected override bool SafeValue => false;

    protected override bool DefaultValue => false;

    protected override string Problem => "is publicly accessible";
}
