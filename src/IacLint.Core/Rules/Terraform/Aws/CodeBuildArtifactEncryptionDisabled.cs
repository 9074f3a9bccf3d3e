using IacLint.Findings;
using IacLint.Terraform.Model;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1170: a CodeBuild project writes build artifacts unencrypted.</summary>
public sealed class CodeBuildArtifactEncryptionDisabled : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1170",
        Name: "aws-codebuild-artifact-encryption-disabled",
        Title: "CodeBuild artifact encryption is disabled",
        Description: "An `aws_codebuild_project` has `encryption_disabled = true` in its `artifacts` or a `secondary_artifacts` block (the default is false: encrypted).",
        Why: "Build artifacts are the binaries that get deployed; unencrypted in S3 they can be read, and, with weak bucket policies, replaced before deployment.",
        HowToFix: "Remove `encryption_disabled = true` (and set the project's `encryption_key` to a customer-managed key).",
        Example: """
            ```hcl
            artifacts {
              type                = "S3"
              location            = aws_s3_bucket.artifacts.bucket
              encryption_disabled = false
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 6.0,
        Tags: ["security", "terraform", "aws", "codebuild"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["trivy:AVD-AWS-0018", "tfsec:aws-codebuild-enable-encryption", "checkov:CKV_AWS_78"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_codebuild_project"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        foreach (var type in new[] { "artifacts", "secondary_artifacts" })
        {
            foreach (var disabled in resource.Body.Blocks(type).Select(b => b.Attribute("encryption_disabled")).OfType<EvaluatedAttribute>())
            {
                if (!disabled.Value.IsKnown) yield return CouldNotEvaluate(resource, disabled, $"{type}.encryption_disabled", disabled.Value);
                else if (IsTrue(disabled.Value)) yield return Report(resource, disabled, $"{resource.Address} writes artifacts unencrypted: {type}.encryption_disabled = true.");
            }
        }
    }
}
