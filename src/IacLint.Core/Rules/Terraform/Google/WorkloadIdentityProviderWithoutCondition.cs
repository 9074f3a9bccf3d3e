using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3148: an external identity provider has no attribute condition.</summary>
public sealed class WorkloadIdentityProviderWithoutCondition : ExpectedAttributeRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3148",
        Name: "google-iam-workload-identity-provider-no-condition",
        Title: "Workload identity pool provider accepts tokens without an attribute condition",
        Description: "A `google_iam_workload_identity_pool_provider` has no `attribute_condition` (or an empty one), so every token its issuer signs is accepted.",
        Why: "Issuers such as GitHub Actions sign tokens for every repository of every user. Without a condition on the repository or organization, anyone's workflow can exchange its token and impersonate the service accounts bound to the pool.",
        HowToFix: "Set `attribute_condition` to restrict the accepted tokens, e.g. `assertion.repository_owner == \"acme\"`.",
        Example: """
            ```hcl
            resource "google_iam_workload_identity_pool_provider" "github" {
              workload_identity_pool_id          = google_iam_workload_identity_pool.ci.workload_identity_pool_id
              workload_identity_pool_provider_id = "github"
              attribute_condition                = "assertion.repository_owner == 'acme'"
              oidc {
                issuer_uri = "https://token.actions.githubusercontent.com"
              }
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 8.1,
        Tags: ["security", "terraform", "google", "iam"],
        Area: AuditArea.Access,
        Cwe: "CWE-863",
        EquivalentIds: ["trivy:AVD-GCP-0068"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_iam_workload_identity_pool_provider"];

    protected override string Attribute => "attribute_condition";

    protected override string UnsetMeaning => "default \"\"";

    protected override bool IsSafe(TfValue value) => !TfConvert.TryString(value, out var condition) || condition.Trim().Length > 0;

    protected override string Problem => "accepts every token of its issuer";
}
