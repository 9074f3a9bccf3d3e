using IacLint.Findings;
using IacLint.Terraform.Model;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1121: images pushed to an ECR repository are not scanned for vulnerabilities.</summary>
public sealed class EcrScanOnPushDisabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1121",
        Name: "aws-ecr-scan-on-push-disabled",
        Title: "ECR repository does not scan images on push",
        Description: "An `aws_ecr_repository` has no `image_scanning_configuration`, or one with `scan_on_push = false` (the default), and the configuration has no registry-wide `aws_ecr_registry_scanning_configuration`.",
        Why: "Unscanned images ship known-vulnerable OS packages and libraries to production unnoticed; scanning on push reports them before the image is deployed.",
        HowToFix: "Add `image_scanning_configuration { scan_on_push = true }`, or configure scanning for the whole registry with `aws_ecr_registry_scanning_configuration` (enhanced scanning also rescans continuously).",
        Example: """
            ```hcl
            resource "aws_ecr_repository" "api" {
              image_scanning_configuration {
                scan_on_push = true
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "aws", "ecr"],
        Area: AuditArea.Patching,
        Cwe: "CWE-1104",
        EquivalentIds: ["trivy:AVD-AWS-0030", "tfsec:aws-ecr-enable-image-scans", "checkov:CKV_AWS_163"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_ecr_repository"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["image_scanning_configuration"];

    protected override IReadOnlyList<string> Attributes { get; } = ["scan_on_push"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "does not scan images on push";

    // Registry-wide scanning (basic or enhanced) overrides the repository setting.
    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration) =>
        configuration.OfType("aws_ecr_registry_scanning_configuration").Count > 0 ? [] : base.Check(resource, configuration);
}
