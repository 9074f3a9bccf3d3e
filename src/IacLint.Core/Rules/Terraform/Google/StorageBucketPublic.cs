using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3130: a bucket is granted to allUsers or allAuthenticatedUsers.</summary>
public sealed class StorageBucketPublic : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3130",
        Name: "google-storage-bucket-public",
        Title: "Cloud Storage bucket is readable by allUsers or allAuthenticatedUsers",
        Description: "A `google_storage_bucket_iam_member` or `google_storage_bucket_iam_binding` grants a role to `allUsers` or `allAuthenticatedUsers`, or a `google_storage_bucket_access_control`, `google_storage_default_object_access_control` or `google_storage_bucket_acl` gives those entities access.",
        Why: "`allUsers` is anyone on the internet and `allAuthenticatedUsers` is anyone with any Google account: both make the bucket's objects public. Public buckets are the most common source of cloud data leaks.",
        HowToFix: "Grant the role to specific users, groups or service accounts; serve public content through a load balancer or signed URLs, and set `public_access_prevention = \"enforced\"` on buckets that must stay private.",
        Example: """
            ```hcl
            resource "google_storage_bucket_iam_member" "reader" {
              bucket = google_storage_bucket.reports.name
              role   = "roles/storage.objectViewer"
              member = "group:analysts@example.com" # instead of "allUsers"
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 9.1,
        Tags: ["security", "terraform", "google", "storage"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-GCP-0001", "tfsec:google-storage-no-public-access"],
        RelatedIds: ["checkov:CKV_GCP_28"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } =
    [
        "google_storage_bucket_iam_member", "google_storage_bucket_iam_binding", "google_storage_bucket_access_control",
        "google_storage_default_object_access_control", "google_storage_bucket_acl",
    ];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var attribute = resource.Body.Attribute("members") ?? resource.Body.Attribute("member") ?? resource.Body.Attribute("entity") ?? resource.Body.Attribute("role_entity");
        if (attribute is null) yield break;
        if (!attribute.Value.IsWhollyKnown)
        {
            yield return CouldNotEvaluate(resource, attribute, attribute.Name, GoogleBlocks.FirstUnknown(attribute.Value));
            yield break;
        }
        // role_entity items read "READER:allUsers"; members read "allUsers"; entities read "allUsers".
        var open = GoogleBlocks.Strings(attribute.Value).FirstOrDefault(m => m.Value.Split(':')[^1].Trim() is "allUsers" or "allAuthenticatedUsers");
        if (open is not null)
        {
            yield return Report(resource, attribute.Location, open.Origin ?? attribute.Origin, $"{resource.Address} gives {open.Value.Split(':')[^1].Trim()} access to the bucket.");
        }
    }
}
