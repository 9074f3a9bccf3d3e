using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1043: launch template or configuration has an unencrypted block device.</summary>
public sealed class LaunchTemplateVolumeUnencrypted : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1043",
        Name: "aws-ec2-launch-template-volume-unencrypted",
        Title: "Launch template or configuration has an unencrypted block device",
        Description: "A `root_block_device` or `ebs_block_device` of an `aws_launch_configuration`, or the `ebs` of a `block_device_mappings` of an `aws_launch_template`, has `encrypted` false or unset, and the account's `aws_ebs_encryption_by_default` is not enabled in the same configuration. Mappings that only point at a snapshot or an instance store are exempt.",
        Why: "Every instance launched from the template gets the unencrypted volume, and so do its snapshots and AMIs.",
        HowToFix: "Set `encrypted = true` on each block device (with `kms_key_id` for a customer managed key), or enable `aws_ebs_encryption_by_default`.",
        Example: """
            ```hcl
            resource "aws_launch_template" "app" {
              block_device_mappings {
                device_name = "/dev/xvda"
                ebs {
                  volume_size = 20
                  encrypted   = true
                }
              }
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 6.5,
        Tags: ["security", "terraform", "aws", "ec2"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["trivy:AVD-AWS-0008", "tfsec:aws-ec2-enable-launch-config-at-rest-encryption", "tfsec:aws-autoscaling-enable-at-rest-encryption"],
        RelatedIds: ["checkov:CKV_AWS_8"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_launch_configuration", "aws_launch_template"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (configuration.OfType("aws_ebs_encryption_by_default").Any(r => !IsFalse(r.Body.Attribute("enabled")?.Value))) yield break;
        var devices = resource.Type == "aws_launch_template"
            ? resource.Body.Blocks("block_device_mappings").SelectMany(m => m.Blocks("ebs")).Select(b => ("block_device_mappings.ebs", b))
            : new[] { "root_block_device", "ebs_block_device" }.SelectMany(d => resource.Body.Blocks(d).Select(b => (d, b)));
        foreach (var (name, device) in devices)
        {
            if (device.Get("snapshot_id") is not null) continue;
            var encrypted = device.Attribute("encrypted");
            if (encrypted is not null && !encrypted.Value.IsKnown) yield return CouldNotEvaluate(resource, encrypted, $"{name}.encrypted", encrypted.Value);
            else if (!IsTrue(encrypted?.Value) && encrypted?.Value is not TfString { Value: "true" })
            {
                yield return Report(resource, encrypted?.Location ?? new Location(resource.Definition.File.Path, device.Span), encrypted?.Origin,
                    $"{resource.Address} has an unencrypted {name}.");
            }
        }
    }
}
