using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1118: the public API endpoint of an EKS cluster accepts every address.</summary>
public sealed class EksPublicAccessOpenToInternet : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1118",
        Name: "aws-eks-public-access-cidrs-open",
        Title: "EKS public endpoint is open to the whole internet",
        Description: "An `aws_eks_cluster` whose public endpoint is on (`vpc_config.endpoint_public_access` true or unset) has `public_access_cidrs` unset (the default is `0.0.0.0/0`) or containing `0.0.0.0/0`.",
        Why: "If the API server must be public, limiting it to known address ranges (offices, VPN egress, CI) removes it from the reach of internet-wide scanning and credential attacks.",
        HowToFix: "Set `public_access_cidrs` to the ranges that need the API, or turn the public endpoint off.",
        Example: """
            ```hcl
            resource "aws_eks_cluster" "main" {
              vpc_config {
                endpoint_public_access = true
                public_access_cidrs    = ["203.0.113.0/24"]
              }
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 7.5,
        Tags: ["security", "terraform", "aws", "eks"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-AWS-0041", "tfsec:aws-eks-no-public-cluster-access-to-cidr", "checkov:CKV_AWS_38"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_eks_cluster"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        foreach (var vpc in resource.Body.Blocks("vpc_config"))
        {
            var isPublic = vpc.Attribute("endpoint_public_access");
            if (isPublic is not null && IsFalse(isPublic.Value)) continue;
            if (isPublic is not null && !isPublic.Value.IsKnown)
            {
                yield return CouldNotEvaluate(resource, isPublic, "vpc_config.endpoint_public_access", isPublic.Value);
                continue;
            }
            var cidrs = vpc.Attribute("public_access_cidrs");
            if (cidrs is null || cidrs.Value is TfNull)
            {
                yield return Report(resource, null, $"{resource.Address} has a public API endpoint open to the internet: vpc_config.public_access_cidrs is not set (default 0.0.0.0/0).");
            }
            else if (!cidrs.Value.IsWhollyKnown)
            {
                yield return CouldNotEvaluate(resource, cidrs, "vpc_config.public_access_cidrs", cidrs.Value);
            }
            else if (TfConvert.Elements(cidrs.Value)?.Any(c => c is TfString { Value: "0.0.0.0/0" }) == true)
            {
                yield return Report(resource, cidrs, $"{resource.Address} has a public API endpoint open to the internet: vpc_config.public_access_cidrs contains 0.0.0.0/0.");
            }
        }
    }
}
