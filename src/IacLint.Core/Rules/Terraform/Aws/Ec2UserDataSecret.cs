using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1045: credential written into EC2 user data.</summary>
public sealed class Ec2UserDataSecret : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1045",
        Name: "aws-ec2-user-data-secret",
        Title: "Credential written into EC2 user data",
        Description: "The `user_data` or `user_data_base64` of an `aws_instance`, `aws_launch_template` or `aws_launch_configuration` contains an AWS access key id or assigns a literal value to a key that names a credential (`AWS_SECRET_ACCESS_KEY=`, `export DB_PASSWORD=`, `api_key:`), in plain text or base64.",
        Why: "User data is readable by anyone who can describe the instance or template and by every process on the instance through the metadata service; it ends up in the Terraform state and in launch template versions forever.",
        HowToFix: "Give the instance an IAM role instead of keys, and read other secrets at boot from Secrets Manager or SSM Parameter Store (`aws secretsmanager get-secret-value`). Rotate the credential that was written.",
        Example: """
            ```hcl
            resource "aws_instance" "app" {
              iam_instance_profile = aws_iam_instance_profile.app.name
              user_data            = <<-EOF
                #!/bin/bash
                export DB_PASSWORD="$(aws secretsmanager get-secret-value --secret-id app/db --query SecretString --output text)"
              EOF
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 8.0,
        Tags: ["security", "terraform", "aws", "ec2"],
        Area: AuditArea.Secrets,
        Cwe: "CWE-798",
        EquivalentIds: ["checkov:CKV_AWS_46", "trivy:AVD-AWS-0029", "trivy:AVD-AWS-0122", "trivy:AVD-AWS-0129", "tfsec:aws-ec2-no-secrets-in-user-data", "tfsec:aws-ec2-no-sensitive-info", "tfsec:aws-ec2-no-secrets-in-launch-template-user-data"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_instance", "aws_launch_template", "aws_launch_configuration"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        foreach (var name in new[] { "user_data", "user_data_base64" })
        {
            var userData = resource.Body.Attribute(name);
            if (userData is null) continue;
            if (!userData.Value.IsKnown) yield return CouldNotEvaluate(resource, userData, name, userData.Value);
            else if (userData.Value is TfString text && UserDataSecrets.Find(text.Value) is { } secret)
            {
                yield return Report(resource, userData, $"The {name} of {resource.Address} contains a credential ({secret}); the value is not shown.");
            }
        }
    }
}
