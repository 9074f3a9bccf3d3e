using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1034: s3 bucket versioning does not require MFA to delete.</summary>
public sealed class S3MfaDeleteDisabled : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1034",
        Name: "aws-s3-mfa-delete-disabled",
        Title: "S3 bucket versioning does not require MFA to delete",
        Description: "An `aws_s3_bucket_versioning` with versioning enabled sets `versioning_configuration.mfa_delete` to `\"Disabled\"` or leaves it unset, or an inline `versioning { enabled = true }` block of an `aws_s3_bucket` leaves `mfa_delete` false.",
        Why: "MFA delete makes permanently deleting an object version or suspending versioning need the root user's MFA device, so a stolen key cannot wipe the history versioning keeps.",
        HowToFix: "Set `mfa_delete = \"Enabled\"` (and `mfa` with the root user's device when applying), for buckets whose history must survive a compromised account.",
        Example: """
            ```hcl
            resource "aws_s3_bucket_versioning" "records" {
              bucket = aws_s3_bucket.records.id
              mfa    = "${var.root_mfa_serial} ${var.mfa_code}"
              versioning_configuration {
                status     = "Enabled"
                mfa_delete = "Enabled"
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "aws", "s3"],
        Area: AuditArea.Backup,
        Cwe: "CWE-308",
        EquivalentIds: ["trivy:AVD-AWS-0170", "tfsec:aws-s3-require-mfa-delete"],
        RelatedIds: ["checkov:CKV_AWS_52"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_s3_bucket_versioning", "aws_s3_bucket"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var blocks = resource.Type == "aws_s3_bucket"
            ? resource.Body.Blocks("versioning").Where(b => IsTrue(b.Get("enabled")))
            : resource.Body.Blocks("versioning_configuration").Where(b => b.Get("status") is TfString { Value: "Enabled" });
        foreach (var block in blocks)
        {
            var mfaDelete = block.Attribute("mfa_delete");
            if (mfaDelete is not null && !mfaDelete.Value.IsKnown) yield return CouldNotEvaluate(resource, mfaDelete, "mfa_delete", mfaDelete.Value);
            else if (mfaDelete is null) yield return Report(resource, new Location(resource.Definition.File.Path, block.Span), null, $"{resource.Address} does not set mfa_delete (default disabled).");
            else if (mfaDelete.Value is not (TfString { Value: "Enabled" } or TfBool { Value: true })) yield return Report(resource, mfaDelete, $"{resource.Address} has mfa_delete disabled.");
        }
    }
}
