using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1005: an EBS volume (standalone or an instance's block device) is not encrypted.</summary>
public sealed class EbsVolumeNotEncrypted : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1005",
        Name: "aws-ebs-not-encrypted",
        Title: "EBS volume is not encrypted at rest",
        Description: "An `aws_ebs_volume`, or a `root_block_device`/`ebs_block_device` of an `aws_instance`, has `encrypted` false or unset, and the account's `aws_ebs_encryption_by_default` is not enabled in the same configuration.",
        Why: "Unencrypted volumes and their snapshots expose data to anyone who can copy or share a snapshot.",
        HowToFix: "Set `encrypted = true` on the volume or block device, or enable `aws_ebs_encryption_by_default` for the account and region.",
        Example: """
            ```hcl
            resource "aws_ebs_volume" "data" {
              availability_zone = "eu-west-1a"
              size              = 100
              encrypted         = true
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 6.5,
        Tags: ["security", "encryption", "terraform", "aws", "ebs"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["checkov:CKV_AWS_3", "checkov:CKV_AWS_8", "trivy:AVD-AWS-0026", "trivy:AVD-AWS-0131", "tfsec:aws-ebs-enable-volume-encryption", "tfsec:aws-ec2-enable-at-rest-encryption"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_ebs_volume", "aws_instance"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (configuration.OfType("aws_ebs_encryption_by_default").Any(r => !IsFalse(r.Body.Attribute("enabled")?.Value))) yield break;
        if (resource.Type == "aws_ebs_volume")
        {
            if (resource.Body.Attribute("snapshot_id") is not null) yield break;
            var encrypted = resource.Body.Attribute("encrypted");
            if (encrypted is not null && !encrypted.Value.IsKnown) yield return CouldNotEvaluate(resource, encrypted, "encrypted", encrypted.Value);
            else if (!IsTrue(encrypted?.Value)) yield return Report(resource, encrypted, $"{resource.Address} is not encrypted.");
            yield break;
        }
        foreach (var device in new[] { "root_block_device", "ebs_block_device" })
        {
            foreach (var block in resource.Body.Blocks(device))
            {
                var encrypted = block.Attribute("encrypted");
                if (encrypted is not null && !encrypted.Value.IsKnown) yield return CouldNotEvaluate(resource, encrypted, $"{device}.encrypted", encrypted.Value);
                else if (!IsTrue(encrypted?.Value))
                {
                    yield return Report(resource, encrypted?.Location ?? new Location(resource.Definition.File.Path, block.Span), encrypted?.Origin,
                        $"The {device} of {resource.Address} is not encrypted.");
                }
            }
        }
    }
}
