using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1072: cloudTrail trail records only its own region.</summary>
public sealed class CloudtrailSingleRegion : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1072",
        Name: "aws-cloudtrail-single-region",
        Title: "CloudTrail trail records only its own region",
        Description: "An `aws_cloudtrail` has `is_multi_region_trail` false or unset (the default is false).",
        Why: "Attackers use regions nobody watches (mining instances, persistence in a forgotten region); a single-region trail never sees that activity.",
        HowToFix: "Set `is_multi_region_trail = true` (and `include_global_service_events = true`).",
        Example: """
            ```hcl
            resource "aws_cloudtrail" "main" {
              name                  = "main"
              s3_bucket_name        = aws_s3_bucket.trail.id
              is_multi_region_trail = true
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "aws", "cloudtrail"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["checkov:CKV_AWS_67", "trivy:AVD-AWS-0014", "tfsec:aws-cloudtrail-enable-all-regions"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_cloudtrail"];

    protected override IReadOnlyList<string> Attributes { get; } = ["is_multi_region_trail"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "records only its own region";
}
