using IacLint.Findings;
using IacLint.Terragrunt;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Terragrunt;

/// <summary>IAC3051: a unit's S3 state has no lock, so two applies can run at once.</summary>
public sealed class RemoteStateWithoutLocking : UnitRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3051",
        Name: "terragrunt-remote-state-without-locking",
        Title: "Terragrunt S3 remote state without locking",
        Description: "A Terragrunt unit's `remote_state` uses the `s3` backend with neither a `dynamodb_table` nor `use_lockfile = true`, so nothing stops two runs from writing the same state.",
        Why: "Two concurrent `apply` runs (two engineers, or CI and a person) on an unlocked state overwrite each other's state: resources are orphaned or destroyed on the next plan.",
        HowToFix: "Set `dynamodb_table` (Terragrunt creates the table) or, with Terraform 1.10+ / OpenTofu 1.10+, `use_lockfile = true` in `remote_state.config`.",
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
        DefaultLevel: Level.Warning,
        SecuritySeverity: null,
        Tags: ["reliability", "terraform", "terragrunt", "state"],
        Area: AuditArea.Config,
        Cwe: "CWE-362",
        EquivalentIds: [],
        Precision: Precision.High);

    protected override IEnumerable<Finding> Check(TerragruntUnit unit)
    {
        if (unit.RemoteState is not { Backend: "s3" } state) yield break;
        var table = state.Config.Get("dynamodb_table");
        var lockfile = state.Config.Get("use_lockfile");
        if (table is TfUnknown || lockfile is TfUnknown) yield break; // set, from something known only at run time
        var hasTable = table is TfString { Value.Length: > 0 };
        var hasLockfile = lockfile is not null && TfConvert.TryBool(lockfile, out var on) && on;
        if (hasTable || hasLockfile) yield break;
        yield return Report(unit, state.Location, "The s3 remote state has no dynamodb_table and no use_lockfile = true, so concurrent runs are not locked out.");
    }
}
