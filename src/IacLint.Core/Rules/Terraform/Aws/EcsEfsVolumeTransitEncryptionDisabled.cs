using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1126: an ECS task mounts an EFS volume without TLS.</summary>
public sealed class EcsEfsVolumeTransitEncryptionDisabled : SettingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1126",
        Name: "aws-ecs-efs-volume-transit-encryption-disabled",
        Title: "ECS task mounts EFS without encryption in transit",
        Description: "An `aws_ecs_task_definition` has a `volume` with `efs_volume_configuration` whose `transit_encryption` is unset (the default is `DISABLED`) or not `ENABLED`.",
        Why: "NFS traffic between the task and EFS then crosses the network in plaintext: files (uploads, reports, keys) can be read or altered by anyone who can capture VPC traffic.",
        HowToFix: "Set `transit_encryption = \"ENABLED\"` in `efs_volume_configuration` (and use an access point with IAM authorization).",
        Example: """
            ```hcl
            volume {
              name = "uploads"
              efs_volume_configuration {
                file_system_id     = aws_efs_file_system.uploads.id
                transit_encryption = "ENABLED"
              }
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 6.0,
        Tags: ["security", "terraform", "aws", "ecs", "efs"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-319",
        EquivalentIds: ["trivy:AVD-AWS-0035", "tfsec:aws-ecs-enable-in-transit-encryption", "checkov:CKV_AWS_97"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_ecs_task_definition"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["volume", "efs_volume_configuration"];

    protected override IReadOnlyList<string> Attributes { get; } = ["transit_encryption"];

    protected override string Problem => "mounts EFS without encryption in transit";

    protected override string? WhenBlockMissing(ResourceInstance resource) => null;

    protected override string? WhenMissing(ResourceInstance resource) => "is not set (default \"DISABLED\")";

    protected override string? Judge(TfValue value, ResourceInstance resource) =>
        value is TfString { Value: "ENABLED" } ? null : $"= {Quote(value)}";
}
