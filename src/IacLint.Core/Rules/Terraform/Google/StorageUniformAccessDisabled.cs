using IacLint.Findings;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3131: a bucket keeps per-object ACLs.</summary>
public sealed class StorageUniformAccessDisabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3131",
        Name: "google-storage-uniform-access-disabled",
        Title: "Cloud Storage bucket does not use uniform bucket-level access",
        Description: "A `google_storage_bucket` has `uniform_bucket_level_access` false or unset (the provider's default is false), so access can also be granted through per-object ACLs.",
        Why: "With object ACLs, any object can be made public or shared on its own, invisible to a review of the bucket's IAM policy. Uniform access makes IAM the only way in, so one policy says who can read the bucket.",
        HowToFix: "Set `uniform_bucket_level_access = true` (after moving any object ACL grants to IAM).",
        Example: """
            ```hcl
            resource "google_storage_bucket" "reports" {
              name     = "acme-reports"
              location = "EU"
              uniform_bucket_level_access = true
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "google", "storage"],
        Area: AuditArea.Access,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-GCP-0002", "tfsec:google-storage-enable-ubla"],
        RelatedIds: ["checkov:CKV_GCP_29"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_storage_bucket"];

    protected override IReadOnlyList<string> Attributes { get; } = ["uniform_bucket_level_access"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "does not use uniform bucket-level access";
}
