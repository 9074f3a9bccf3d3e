using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1159: a Redshift cluster is not placed in a VPC subnet group of your choosing.</summary>
public sealed class RedshiftNotInVpc : RequiredSettingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1159",
        Name: "aws-redshift-not-in-vpc",
        Title: "Redshift cluster has no subnet group",
        Description: "An `aws_redshift_cluster` has no `cluster_subnet_group_name`, so it is launched in the default VPC's default subnets (or EC2-Classic on old accounts) instead of the private subnets you chose.",
        Why: "The default VPC's subnets are public: the cluster ends up next to internet-facing resources, one `publicly_accessible` flag away from exposure, and outside your network controls.",
        HowToFix: "Create an `aws_redshift_subnet_group` over private subnets and set `cluster_subnet_group_name`.",
        Example: """
            ```hcl
            resource "aws_redshift_cluster" "warehouse" {
              cluster_subnet_group_name = aws_redshift_subnet_group.private.name
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "aws", "redshift"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-AWS-0127", "tfsec:aws-redshift-use-vpc"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_redshift_cluster"];

    protected override IReadOnlyList<string> Attributes { get; } = ["cluster_subnet_group_name"];

    protected override string MissingMeans => "(the default VPC is used)";

    protected override string Problem => "is not placed in a chosen VPC subnet group";
}
