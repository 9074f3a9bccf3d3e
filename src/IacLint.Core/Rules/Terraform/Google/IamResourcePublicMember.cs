using IacLint.Findings;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3196: a key, secret, service account, topic or repository is granted to everyone.</summary>
public sealed class IamResourcePublicMember : GoogleIamGrantRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3196",
        Name: "google-iam-resource-public-member",
        Title: "Sensitive resource granted to allUsers or allAuthenticatedUsers",
        Description: "An IAM member or binding of a Cloud KMS key or key ring, a Secret Manager secret, a service account, a Pub/Sub topic or subscription, an Artifact Registry or Cloud Source repository, a Compute instance, Spanner, Bigtable or Dataproc grants a role to `allUsers` or `allAuthenticatedUsers`. Buckets (IAC3130), BigQuery datasets (IAC3195) and projects, folders and organizations (IAC3140) have their own rules; Cloud Run and Cloud Functions invokers are left out because public endpoints are granted that way on purpose.",
        Why: "A grant to `allUsers` is a grant to the internet: anyone can decrypt with the key, read the secret, impersonate the service account, read or publish messages, or pull private images.",
        HowToFix: "Grant the role to the specific groups or service accounts that need it.",
        Example: """
            ```hcl
            resource "google_secret_manager_secret_iam_member" "reader" {
              secret_id = google_secret_manager_secret.api_key.id
              role      = "roles/secretmanager.secretAccessor"
              member    = "serviceAccount:${google_service_account.app.email}" # instead of "allUsers"
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 9.1,
        Tags: ["security", "terraform", "google", "iam"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284");

    protected override IReadOnlyCollection<string> ResourceTypes { get; } =
    [
        "google_kms_crypto_key_iam_member",
        "google_kms_crypto_key_iam_binding",
        "google_kms_key_ring_iam_member",
        "google_kms_key_ring_iam_binding",
        "google_secret_manager_secret_iam_member",
        "google_secret_manager_secret_iam_binding",
        "google_service_account_iam_member",
        "google_service_account_iam_binding",
        "google_pubsub_topic_iam_member",
        "google_pubsub_topic_iam_binding",
        "google_pubsub_subscription_iam_member",
        "google_pubsub_subscription_iam_binding",
        "google_artifact_registry_repository_iam_member",
        "google_artifact_registry_repository_iam_binding",
        "google_compute_instance_iam_member",
        "google_compute_instance_iam_binding",
        "google_sourcerepo_repository_iam_member",
        "google_sourcerepo_repository_iam_binding",
        "google_spanner_database_iam_member",
        "google_spanner_database_iam_binding",
        "google_spanner_instance_iam_member",
        "google_spanner_instance_iam_binding",
        "google_bigtable_instance_iam_member",
        "google_bigtable_instance_iam_binding",
        "google_dataproc_cluster_iam_member",
        "google_dataproc_cluster_iam_binding",
    ];

    protected override bool JudgesRole => false;

    protected override string? MemberProblem(string? role, TfValue member) => GrantToEveryone(role, member);
}
