using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1039: eC2 instance allows IMDSv1 (session tokens not required).</summary>
public sealed class Ec2InstanceImdsV1 : ImdsTokensRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1039",
        Name: "aws-ec2-instance-imdsv1",
        Title: "EC2 instance allows IMDSv1 (session tokens not required)",
        Description: "An `aws_instance` has no `metadata_options` block, or leaves `http_tokens` unset (default `optional`) or sets it to `optional`, while the metadata endpoint is enabled.",
        Why: Why,
        HowToFix: "Set `metadata_options { http_tokens = \"required\" }` (and raise `http_put_response_hop_limit` to 2 for containers on the instance).",
        Example: Example,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 6.5,
        Tags: ["security", "terraform", "aws", "ec2"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-918",
        EquivalentIds: ["checkov:CKV_AWS_79", "trivy:AVD-AWS-0028", "tfsec:aws-ec2-enforce-http-token-imds"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_instance"];
}
