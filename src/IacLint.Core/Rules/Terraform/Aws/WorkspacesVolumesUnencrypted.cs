using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1084: workSpaces volume is not encrypted.</summary>
public sealed class WorkspacesVolumesUnencrypted : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1084",
        Name: "aws-workspaces-volumes-unencrypted",
        Title: "WorkSpaces volume is not encrypted",
        Description: "An `aws_workspaces_workspace` has `root_volume_encryption_enabled` or `user_volume_encryption_enabled` false or unset (both default to false).",
        Why: "The user volume holds the person's documents and browser data, the root volume cached credentials; unencrypted, they are readable from any snapshot.",
        HowToFix: "Set `root_volume_encryption_enabled = true`, `user_volume_encryption_enabled = true` and `volume_encryption_key`.",
        Example: """
            ```hcl
            resource "aws_workspaces_workspace" "analyst" {
              root_volume_encryption_enabled = true
              user_volume_encryption_enabled = true
              volume_encryption_key          = aws_kms_key.workspaces.arn
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "aws", "workspaces"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["trivy:AVD-AWS-0109", "tfsec:aws-workspaces-enable-disk-encryption"],
        RelatedIds: ["checkov:CKV_AWS_155", "checkov:CKV_AWS_156"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_workspaces_workspace"];

    protected override IEnumerable<Finding> Check(ResourceInstance workspace, TerraformConfiguration configuration)
    {
        foreach (var name in new[] { "root_volume_encryption_enabled", "user_volume_encryption_enabled" })
        {
            var attribute = workspace.Body.Attribute(name);
            if (attribute is not null && !attribute.Value.IsKnown) yield return CouldNotEvaluate(workspace, attribute, name, attribute.Value);
            else if (!IsTrue(attribute?.Value))
            {
                yield return Report(workspace, attribute, $"{workspace.Address} has an unencrypted {name[..4]} volume ({name} is {(attribute is null ? "not set, default false" : "false")}).");
            }
        }
    }
}
