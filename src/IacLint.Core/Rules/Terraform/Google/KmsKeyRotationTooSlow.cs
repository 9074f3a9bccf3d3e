using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3192: a Cloud KMS key is rotated rarely or never.</summary>
public sealed class KmsKeyRotationTooSlow : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3192",
        Name: "google-kms-key-rotation",
        Title: "KMS key is not rotated at least every 90 days",
        Description: "A symmetric `google_kms_crypto_key` (purpose `ENCRYPT_DECRYPT`, the default) has no `rotation_period`, or one longer than 90 days (`7776000s`). Asymmetric and MAC keys cannot rotate automatically and are skipped.",
        Why: "Rotation bounds how much data one key version protects and how long a leaked key version stays useful; CIS and most compliance regimes ask for at most 90 days.",
        HowToFix: "Set `rotation_period = \"7776000s\"` (90 days) or shorter.",
        Example: """
            ```hcl
            resource "google_kms_crypto_key" "data" {
              name            = "data"
              key_ring        = google_kms_key_ring.main.id
              rotation_period = "7776000s"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "google", "kms"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-324",
        EquivalentIds: ["trivy:AVD-GCP-0065", "tfsec:google-kms-rotate-kms-keys"],
        RelatedIds: ["checkov:CKV_GCP_43"]);

    private const double MaxSeconds = 90 * 24 * 3600;

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_kms_crypto_key"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var purpose = resource.Body.Attribute("purpose")?.Value;
        if (purpose is TfString { Value: not "ENCRYPT_DECRYPT" } || (purpose is not null && !purpose.IsKnown)) yield break;
        var period = resource.Body.Attribute("rotation_period");
        if (period is null || period.Value is TfNull)
        {
            yield return Report(resource, null, $"{resource.Address} is never rotated: rotation_period is not set.");
            yield break;
        }
        if (!period.Value.IsKnown)
        {
            yield return CouldNotEvaluate(resource, period, "rotation_period", period.Value);
            yield break;
        }
        if (period.Value is TfString { Value: var text } && text.EndsWith('s') &&
            double.TryParse(text[..^1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > MaxSeconds)
        {
            yield return Report(resource, period, $"{resource.Address} is rotated every {seconds / 86400:0.#} days: rotation_period = \"{text}\" is longer than 90 days.");
        }
    }
}
