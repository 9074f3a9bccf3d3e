using IacLint.Findings;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3150: a project is created with the default network.</summary>
public sealed class ProjectDefaultNetwork : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3150",
        Name: "google-project-default-network",
        Title: "Project creates the default network",
        Description: "A `google_project` has `auto_create_network` true or unset (the default is true), so the project gets the `default` VPC network with a subnet in every region and permissive firewall rules (`default-allow-ssh`, `default-allow-rdp` from 0.0.0.0/0, `default-allow-internal`).",
        Why: "The default network opens SSH and RDP to the internet and all ports between every instance, and its automatic subnets do not follow any address plan: every VM started without a network lands there.",
        HowToFix: "Set `auto_create_network = false` and create a custom-mode VPC with the subnets and firewall rules you need.",
        Example: """
            ```hcl
            resource "google_project" "app" {
              name                = "app"
              project_id          = "acme-app-prod"
              org_id              = "1234567"
              auto_create_network = false
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.5,
        Tags: ["security", "terraform", "google", "iam"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-1188",
        EquivalentIds: ["trivy:AVD-GCP-0010", "tfsec:google-iam-no-default-network"],
        RelatedIds: ["checkov:CKV_GCP_27"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_project"];

    protected override IReadOnlyList<string> Attributes { get; } = ["auto_create_network"];

    protected override bool SafeValue => false;

    protected override bool DefaultValue => true;

    protected override string Problem => "creates the default network with permissive firewall rules";
}
