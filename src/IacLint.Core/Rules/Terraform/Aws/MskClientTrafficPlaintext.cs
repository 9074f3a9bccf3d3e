using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1149: an MSK cluster accepts plaintext connections from clients.</summary>
public sealed class MskClientTrafficPlaintext : SettingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1149",
        Name: "aws-msk-client-traffic-plaintext",
        Title: "MSK cluster allows plaintext client traffic",
        Description: "An `aws_msk_cluster` sets `encryption_info.encryption_in_transit.client_broker` to `PLAINTEXT` or `TLS_PLAINTEXT` (the default is `TLS`).",
        Why: "Clients that connect in plaintext send every message (and SASL/SCRAM credentials) across the network readable to anyone who can capture traffic; allowing both means one misconfigured client downgrades silently.",
        HowToFix: "Set `client_broker = \"TLS\"` and move clients to the TLS bootstrap brokers.",
        Example: """
            ```hcl
            encryption_info {
              encryption_in_transit {
                client_broker = "TLS"
                in_cluster    = true
              }
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 6.5,
        Tags: ["security", "terraform", "aws", "msk"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-319",
        EquivalentIds: ["trivy:AVD-AWS-0073", "tfsec:aws-msk-enable-in-transit-encryption"],
        RelatedIds: ["checkov:CKV_AWS_81"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_msk_cluster"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["encryption_info", "encryption_in_transit"];

    protected override IReadOnlyList<string> Attributes { get; } = ["client_broker"];

    protected override string Problem => "allows plaintext client traffic";

    protected override string? WhenMissing(ResourceInstance resource) => null;

    protected override string? Judge(TfValue value, ResourceInstance resource) => value is TfString { Value: "TLS" } ? null : $"= {Quote(value)}";
}
