using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1167: a Secrets Manager secret is never rotated automatically.</summary>
public sealed class SecretsManagerRotationDisabled : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1167",
        Name: "aws-secretsmanager-rotation-disabled",
        Title: "Secrets Manager secret has no automatic rotation",
        Description: "An `aws_secretsmanager_secret` has no `aws_secretsmanager_secret_rotation` pointing at it (by reference, name or ARN) in the same configuration, and no legacy inline `rotation_rules`.",
        Why: "A credential that never changes stays valid for as long as it has been leaked: in a log, a laptop, a former employee's notes. Rotation bounds that window and proves the applications can survive a change.",
        HowToFix: "Add an `aws_secretsmanager_secret_rotation` with a rotation Lambda (AWS provides ones for RDS, Redshift and DocumentDB) and `rotation_rules { automatically_after_days = 30 }`; for RDS master passwords use `manage_master_user_password = true` instead.",
        Example: """
            ```hcl
            resource "aws_secretsmanager_secret_rotation" "db" {
              secret_id           = aws_secretsmanager_secret.db.id
              rotation_lambda_arn = aws_lambda_function.rotate_db.arn
              rotation_rules {
                automatically_after_days = 30
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "aws", "secretsmanager"],
        Area: AuditArea.Secrets,
        Cwe: "CWE-262",
        EquivalentIds: ["checkov:CKV2_AWS_57"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_secretsmanager_secret"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (resource.Body.Blocks("rotation_rules").Any()) yield break;
        if (configuration.OfType("aws_secretsmanager_secret_rotation").Any(r => r.Module == resource.Module && PointsAt(r.Body.Attribute("secret_id")?.Value, resource))) yield break;
        if (Companions.AnyUnresolved(configuration, resource, "aws_secretsmanager_secret_rotation", "secret_id"))
        {
            yield return Report(resource, null, $"Could not tell whether {resource.Address} is rotated: an aws_secretsmanager_secret_rotation's secret_id is known only after apply.") with { Level = Level.Note };
            yield break;
        }
        yield return Report(resource, null, $"{resource.Address} is never rotated: no aws_secretsmanager_secret_rotation points at it.");
    }

    /// <summary>A rotation names its secret by reference, by name or by ARN (<c>…:secret:name-AbCdEf</c>).</summary>
    private static bool PointsAt(TfValue? reference, ResourceInstance secret) =>
        Companions.PointsAt(reference, secret) ||
        reference is TfString id && secret.Body.Attribute("name")?.Value is TfString name && id.Value.Contains(":secret:" + name.Value, StringComparison.Ordinal);
}
