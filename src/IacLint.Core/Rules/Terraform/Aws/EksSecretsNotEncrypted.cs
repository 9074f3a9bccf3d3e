using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1119: Kubernetes secrets of an EKS cluster are not envelope-encrypted with a KMS key.</summary>
public sealed class EksSecretsNotEncrypted : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1119",
        Name: "aws-eks-secrets-not-encrypted",
        Title: "EKS secrets are not encrypted with a KMS key",
        Description: "An `aws_eks_cluster` has no `encryption_config` whose `resources` include `\"secrets\"` with a `provider.key_arn`.",
        Why: "Without envelope encryption, Kubernetes secrets sit in etcd protected only by EBS encryption: anyone with access to an etcd backup reads every secret. A KMS key adds a layer you control and audit.",
        HowToFix: "Add `encryption_config { resources = [\"secrets\"] provider { key_arn = aws_kms_key.eks.arn } }`.",
        Example: """
            ```hcl
            resource "aws_eks_cluster" "main" {
              encryption_config {
                resources = ["secrets"]
                provider {
                  key_arn = aws_kms_key.eks.arn
                }
              }
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 6.0,
        Tags: ["security", "terraform", "aws", "eks", "kms"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["trivy:AVD-AWS-0039", "tfsec:aws-eks-encrypt-secrets", "checkov:CKV_AWS_58"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_eks_cluster"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var configs = resource.Body.Blocks("encryption_config").ToList();
        foreach (var config in configs)
        {
            var resources = config.Attribute("resources");
            if (resources is not null && !resources.Value.IsWhollyKnown)
            {
                yield return CouldNotEvaluate(resource, resources, "encryption_config.resources", resources.Value);
                yield break;
            }
            if (resources is null || TfConvert.Elements(resources.Value)?.Any(r => r is TfString { Value: "secrets" }) != true) continue;
            var key = config.Blocks("provider").Select(p => p.Attribute("key_arn")).FirstOrDefault(a => a is not null);
            if (key is not null && key.Value is not TfNull && !(key.Value is TfString { Value.Length: 0 })) yield break;
            yield return Report(resource, resources, $"{resource.Address} does not encrypt secrets: encryption_config has no provider.key_arn.");
            yield break;
        }
        yield return Report(resource, null, $"{resource.Address} does not encrypt secrets: no encryption_config covers \"secrets\".");
    }
}
