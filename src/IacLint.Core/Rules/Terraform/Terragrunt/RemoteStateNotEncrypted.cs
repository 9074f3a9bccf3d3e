using IacLint.Findings;
using IacLint.Terragrunt;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Terragrunt;

/// <summary>IAC3050: a unit keeps its Terraform state in S3 without server-side encryption.</summary>
public sealed class RemoteStateNotEncrypted : UnitRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3050",
        Name: "terragrunt-remote-state-not-encrypted",
        Title: "Terragrunt remote state is not encrypted",
        Description: "A Terragrunt unit's `remote_state` uses the `s3` backend with `encrypt` false or unset (the backend's default is false). Evaluated per unit, after includes are merged.",
        Why: "Terraform state holds every attribute of every resource in plain text, database passwords and private keys included. An unencrypted state object is readable by anyone who can read the bucket or a copy of it.",
        HowToFix: "Set `encrypt = true` in `remote_state.config` (usually once, in the root file every unit includes), and `kms_key_id` for a customer-managed key.",
        Example: """
            ```hcl
            remote_state {
              backend = "s3"
              config = {
                bucket         = "acme-tf-state"
                key            = "${path_relative_to_include()}/terraform.tfstate"
                region         = "us-east-1"
                encrypt        = true
                dynamodb_table = "tf-locks"
              }
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 7.5,
        Tags: ["security", "encryption", "terraform", "terragrunt", "state"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: [],
        Precision: Precision.VeryHigh);

    protected override IEnumerable<Finding> Check(TerragruntUnit unit)
    {
        if (unit.RemoteState is not { Backend: "s3" } state) yield break;
        var encrypt = state.Config.Get("encrypt");
        switch (encrypt)
        {
            case null:
                yield return Report(unit, state.Location, "The s3 remote state does not set encrypt, so state is stored unencrypted.");
                break;
            case TfUnknown unknown:
                yield return Report(unit, state.LocationOf("encrypt"), $"Could not evaluate remote_state encrypt ({unknown.Reason}); unencrypted state cannot be ruled out.") with { Level = Level.Note };
                break;
            default:
                if (TfConvert.TryBool(encrypt, out var on) && !on) yield return Report(unit, state.LocationOf("encrypt"), "The s3 remote state sets encrypt = false, so state is stored unencrypted.");
                break;
        }
    }
}
