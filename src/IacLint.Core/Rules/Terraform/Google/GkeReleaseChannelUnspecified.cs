using IacLint.Findings;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3172: a GKE cluster opts out of release channels.</summary>
public sealed class GkeReleaseChannelUnspecified : ExpectedAttributeRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3172",
        Name: "google-gke-no-release-channel",
        Title: "GKE cluster is not enrolled in a release channel",
        Description: "A `google_container_cluster` sets `release_channel.channel = \"UNSPECIFIED\"`, opting out of release channels (unset is fine: GKE enrolls new clusters in REGULAR).",
        Why: "Outside a release channel, the control plane and nodes are upgraded only when someone does it or when a version reaches end of life, so security patches arrive late and forced upgrades arrive unplanned.",
        HowToFix: "Set `release_channel { channel = \"REGULAR\" }` (or `\"STABLE\"`), and control timing with a maintenance window and exclusions.",
        Example: """
            ```hcl
            release_channel {
              channel = "REGULAR"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "google", "gke"],
        Area: AuditArea.Patching,
        Cwe: "CWE-1104",
        RelatedIds: ["checkov:CKV_GCP_70"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_container_cluster"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["release_channel"];

    protected override string Attribute => "channel";

    protected override bool UnsetIsSafe => true;

    protected override bool IsSafe(TfValue value) => value is not TfString { Value: "UNSPECIFIED" };

    protected override string Problem => "is not enrolled in a release channel";
}
