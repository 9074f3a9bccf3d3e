using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1123: an ECR repository encrypts images with AES-256 or the AWS-managed key.</summary>
public sealed class EcrRepositoryNoCustomerKey : CustomerKeyRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1123",
        Name: "aws-ecr-repository-no-cmk",
        Title: "ECR repository is not encrypted with a customer-managed key",
        Description: "An `aws_ecr_repository` has no `encryption_configuration`, one with `encryption_type = \"AES256\"`, or `encryption_type = \"KMS\"` without `kms_key` (the AWS-managed `aws/ecr` key).",
        Why: "Images hold application code and often baked-in configuration. A customer-managed key lets you restrict and audit who can decrypt image layers, and revoke access, independently of ECR permissions.",
        HowToFix: "Set `encryption_configuration { encryption_type = \"KMS\" kms_key = aws_kms_key.ecr.arn }` when creating the repository (it cannot be changed later).",
        Example: """
            ```hcl
            resource "aws_ecr_repository" "api" {
              encryption_configuration {
                encryption_type = "KMS"
                kms_key         = aws_kms_key.ecr.arn
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.0,
        Tags: ["security", "terraform", "aws", "ecr", "kms"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["trivy:AVD-AWS-0033", "tfsec:aws-ecr-repository-customer-key"],
        RelatedIds: ["checkov:CKV_AWS_136"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_ecr_repository"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["encryption_configuration"];

    protected override IReadOnlyList<string> Attributes { get; } = ["kms_key"];

    protected override string Problem => "is not encrypted with a customer-managed key";

    protected override string? WhenBlockMissing(ResourceInstance resource) => "is not set (images are encrypted with AES-256)";

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var aes = resource.Body.Blocks("encryption_configuration").Select(b => b.Attribute("encryption_type"))
            .FirstOrDefault(a => a?.Value is TfString { Value: "AES256" });
        return aes is not null
            ? [Report(resource, aes, $"{resource.Address} {Problem}: encryption_configuration.encryption_type = \"AES256\".")]
            : base.Check(resource, configuration);
    }
}
