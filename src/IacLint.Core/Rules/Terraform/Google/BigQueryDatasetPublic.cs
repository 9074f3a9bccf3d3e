using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3195: a BigQuery dataset is shared with everyone.</summary>
public sealed class BigQueryDatasetPublic : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3195",
        Name: "google-bigquery-dataset-public",
        Title: "BigQuery dataset is accessible to allUsers or allAuthenticatedUsers",
        Description: "A `google_bigquery_dataset` has an `access` block with `special_group` or `iam_member` `allAuthenticatedUsers` or `allUsers`, or a `google_bigquery_dataset_access`, `google_bigquery_dataset_iam_member` or `google_bigquery_dataset_iam_binding` grants to them.",
        Why: "`allAuthenticatedUsers` is anyone with a Google account and `allUsers` is anyone at all: the dataset's tables can be queried (and, with write roles, changed) by the whole internet.",
        HowToFix: "Grant access to specific groups, users, service accounts or authorized views instead.",
        Example: """
            ```hcl
            access {
              role           = "READER"
              group_by_email = "analysts@example.com" # instead of special_group = "allAuthenticatedUsers"
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 9.1,
        Tags: ["security", "terraform", "google", "bigquery"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-GCP-0046", "tfsec:google-bigquery-no-public-access"],
        RelatedIds: ["checkov:CKV_GCP_15"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } =
        ["google_bigquery_dataset", "google_bigquery_dataset_access", "google_bigquery_dataset_iam_member", "google_bigquery_dataset_iam_binding"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var places = resource.Type == "google_bigquery_dataset"
            ? resource.Body.Blocks("access").ToList()
            : [GoogleBlocks.Root(resource)];
        foreach (var place in places)
        {
            foreach (var name in new[] { "special_group", "iam_member", "member", "members" })
            {
                var attribute = place.Attribute(name);
                if (attribute is null) continue;
                if (!attribute.Value.IsWhollyKnown)
                {
                    yield return CouldNotEvaluate(resource, attribute, name, GoogleBlocks.FirstUnknown(attribute.Value));
                    continue;
                }
                var open = GoogleBlocks.Strings(attribute.Value).FirstOrDefault(m => m.Value is "allUsers" or "allAuthenticatedUsers");
                if (open is not null) yield return Report(resource, attribute.Location, open.Origin ?? attribute.Origin, $"{resource.Address} shares the dataset with {open.Value} ({name}).");
            }
        }
    }
}
