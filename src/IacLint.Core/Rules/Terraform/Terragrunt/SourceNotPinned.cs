using IacLint.Findings;
using IacLint.Rules.Terraform.Common;
using IacLint.Terragrunt;

namespace IacLint.Rules.Terraform.Terragrunt;

/// <summary>IAC3052: a unit deploys a remote module that is not pinned to a tag or commit.</summary>
public sealed class SourceNotPinned : UnitRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3052",
        Name: "terragrunt-source-not-pinned",
        Title: "Terragrunt module source not pinned to a tag or commit",
        Description: "A Terragrunt unit's `terraform { source }` is a git source without `?ref=` or with a ref that names a branch (`main`, `master`, …), or a `tfr://` registry source without `?version=`.",
        Why: "An unpinned source deploys whatever the module repository holds on the day of the run: staging and production silently run different code, and a change nobody reviewed reaches production.",
        HowToFix: "Pin the source to a release tag (`?ref=v1.4.0`) or a commit hash, and promote the same ref from staging to production.",
        Example: """
            ```hcl
            terraform {
              source = "git::https://github.com/acme/infrastructure-modules.git//mysql?ref=v0.8.0"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "supply-chain", "versioning", "terraform", "terragrunt"],
        Area: AuditArea.Patching,
        Cwe: "CWE-1104",
        EquivalentIds: [],
        Precision: Precision.High);

    protected override IEnumerable<Finding> Check(TerragruntUnit unit)
    {
        if (unit.Source is not { IsRemote: true, Text: { } text } source) yield break;
        string? problem;
        if (text.StartsWith("tfr://", StringComparison.Ordinal))
        {
            problem = text.Contains("version=", StringComparison.Ordinal) ? null : $"registry source \"{text}\" has no ?version=, so every run takes the latest.";
        }
        else
        {
            problem = ModuleSourceNotPinned.Problem(text, hasVersion: false);
        }
        if (problem is not null) yield return Report(unit, source.Location, $"The unit's {problem}");
    }
}
