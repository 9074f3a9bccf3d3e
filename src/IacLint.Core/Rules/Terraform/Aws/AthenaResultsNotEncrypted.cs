using IacLint.Findings;
using IacLint.Terraform.Model;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1168: an Athena database or workgroup writes query results unencrypted.</summary>
public sealed class AthenaResultsNotEncrypted : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1168",
        Name: "aws-athena-results-not-encrypted",
        Title: "Athena query results are not encrypted",
        Description: "An `aws_athena_database` has no `encryption_configuration`, or an `aws_athena_workgroup` has no `configuration.result_configuration.encryption_configuration`: query results written to S3 are not encrypted by Athena.",
        Why: "Query results are copies of the queried data (often the most sensitive columns) left in an S3 bucket; without encryption they depend entirely on that bucket's settings.",
        HowToFix: "Add `encryption_configuration { encryption_option = \"SSE_KMS\" kms_key_arn = aws_kms_key.athena.arn }` (on a workgroup, inside `configuration.result_configuration`).",
        Example: """
            ```hcl
            resource "aws_athena_workgroup" "analysts" {
              configuration {
                result_configuration {
                  output_location = "s3://athena-results/"
                  encryption_configuration {
                    encryption_option = "SSE_KMS"
                    kms_key_arn       = aws_kms_key.athena.arn
                  }
                }
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "aws", "athena"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["trivy:AVD-AWS-0006", "tfsec:aws-athena-enable-at-rest-encryption"],
        RelatedIds: ["checkov:CKV_AWS_82"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_athena_database", "aws_athena_workgroup"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var encrypted = resource.Type == "aws_athena_database"
            ? resource.Body.Blocks("encryption_configuration").Any()
            : resource.Body.Blocks("configuration").SelectMany(c => c.Blocks("result_configuration")).SelectMany(r => r.Blocks("encryption_configuration")).Any();
        if (!encrypted)
        {
            var path = resource.Type == "aws_athena_database" ? "encryption_configuration" : "configuration.result_configuration.encryption_configuration";
            yield return Report(resource, null, $"{resource.Address} writes query results unencrypted: no {path}.");
        }
    }
}
