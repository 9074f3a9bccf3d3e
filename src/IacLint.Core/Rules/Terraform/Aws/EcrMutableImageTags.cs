using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1122: an image tag in ECR can be moved to a different image.</summary>
public sealed class EcrMutableImageTags : SettingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1122",
        Name: "aws-ecr-mutable-image-tags",
        Title: "ECR image tags are mutable",
        Description: "An `aws_ecr_repository` has `image_tag_mutability` unset (the default is `MUTABLE`) or set to `MUTABLE` or `MUTABLE_WITH_EXCLUSION`.",
        Why: "With mutable tags, `api:1.4.2` can be overwritten by anyone with push rights: what runs in production is no longer what was tested and scanned, and a compromised pipeline can swap an image silently.",
        HowToFix: "Set `image_tag_mutability = \"IMMUTABLE\"` and publish a new tag for every build (or deploy by digest).",
        Example: """
            ```hcl
            resource "aws_ecr_repository" "api" {
              image_tag_mutability = "IMMUTABLE"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "aws", "ecr"],
        Area: AuditArea.Config,
        Cwe: "CWE-494",
        EquivalentIds: ["trivy:AVD-AWS-0031", "tfsec:aws-ecr-enforce-immutable-repository", "checkov:CKV_AWS_51"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_ecr_repository"];

    protected override IReadOnlyList<string> Attributes { get; } = ["image_tag_mutability"];

    protected override string Problem => "lets image tags be overwritten";

    protected override string? WhenMissing(ResourceInstance resource) => "is not set (default \"MUTABLE\")";

    protected override string? Judge(TfValue value, ResourceInstance resource) =>
        value is TfString { Value: var mode } && mode.StartsWith("MUTABLE", StringComparison.OrdinalIgnoreCase) ? $"= \"{mode}\"" : null;
}
