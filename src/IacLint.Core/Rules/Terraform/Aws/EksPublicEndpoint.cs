using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1117: the Kubernetes API server of an EKS cluster has a public endpoint.</summary>
public sealed class EksPublicEndpoint : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1117",
        Name: "aws-eks-public-endpoint",
        Title: "EKS API server endpoint is public",
        Description: "An `aws_eks_cluster` has `vpc_config.endpoint_public_access` true or unset (the default is true), so its Kubernetes API server is reachable from the internet.",
        Why: "A public API server is exposed to credential stuffing, token leaks and any future API server vulnerability; the cluster's whole control plane is one leaked kubeconfig away.",
        HowToFix: "Set `endpoint_private_access = true` and `endpoint_public_access = false`, and reach the API from the VPC (VPN, bastion, CI runners inside the VPC). If it must stay public, restrict `public_access_cidrs`.",
        Example: """
            ```hcl
            resource "aws_eks_cluster" "main" {
              vpc_config {
                subnet_ids              = var.private_subnet_ids
                endpoint_private_access = true
                endpoint_public_access  = false
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 6.5,
        Tags: ["security", "terraform", "aws", "eks"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-AWS-0040", "tfsec:aws-eks-no-public-cluster-access", "checkov:CKV_AWS_39"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_eks_cluster"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["vpc_config"];

    protected override IReadOnlyList<string> Attributes { get; } = ["endpoint_public_access"];

    protected override bool SafeValue => false;

    protected override bool DefaultValue => true;

    protected override string Problem => "has a public API server endpoint";
}
