using IacLint.Findings;
using IacLint.Terraform.Model;

namespace IacLint.Rules.Terraform.Common;

/// <summary>IAC3002: a module call takes whatever version its source has today.</summary>
public sealed class ModuleSourceNotPinned : ITerraformRule
{
    private static readonly HashSet<string> BranchNames = new(StringComparer.OrdinalIgnoreCase) { "main", "master", "develop", "dev", "trunk", "HEAD" };

    public RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3002",
        Name: "module-source-not-pinned",
        Title: "Module source not pinned to a version or ref",
        Description: "A module call from a registry has no `version`, or one from git (`git::`, `github.com/…`, `git@…`) has no `?ref=` or a ref that names a branch (`main`, `master`, …).",
        Why: "An unpinned module changes whenever its author publishes: the next plan may replace resources nobody reviewed, and a compromised upstream ships straight into your infrastructure.",
        HowToFix: "Pin registry modules with `version = \"x.y.z\"` (or a `~>` constraint) and git modules with `?ref=` a tag or, better, a commit hash.",
        Example: """
            ```hcl
            module "vpc" {
              source = "git::https://github.com/terraform-aws-modules/terraform-aws-vpc.git?ref=v5.8.1"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "supply-chain", "versioning", "terraform"],
        Area: AuditArea.Patching,
        Cwe: "CWE-1104",
        EquivalentIds: ["checkov:CKV_TF_1", "checkov:CKV_TF_2", "tflint:terraform_module_pinned_source", "tflint:terraform_module_version"],
        Precision: Precision.High);

    public IEnumerable<Finding> Analyze(TerraformProject project)
    {
        foreach (var module in project.Modules.Values.OrderBy(m => m.Directory, StringComparer.Ordinal))
        {
            foreach (var call in module.ModuleCalls)
            {
                if (call.Source is not { } source || call.IsLocal) continue;
                var problem = Problem(source, call.Version is not null);
                if (problem is null) continue;
                yield return new Finding(Descriptor, Descriptor.DefaultLevel, $"module.{call.Name}: {problem}",
                    call.At(call.SourceAttribute!.Value.Span), new LogicalLocation($"{module.Directory}:module.{call.Name}", "module"));
            }
        }
    }

    /// <summary>Why a module source is not pinned (git without a ref or with a branch, registry without a version),
    /// or null when it is pinned or local. Terragrunt's sources are judged the same way.</summary>
    internal static string? Problem(string source, bool hasVersion)
    {
        var isGit = source.StartsWith("git::", StringComparison.Ordinal) || source.StartsWith("git@", StringComparison.Ordinal) ||
                    source.StartsWith("github.com/", StringComparison.Ordinal) || source.StartsWith("bitbucket.org/", StringComparison.Ordinal);
        if (isGit)
        {
            var query = source.IndexOf('?');
            var reference = query < 0 ? null : source[(query + 1)..].Split('&').FirstOrDefault(p => p.StartsWith("ref=", StringComparison.Ordinal))?[4..];
            if (reference is null) return $"git source \"{source}\" has no ?ref=, so it follows the default branch.";
            if (BranchNames.Contains(reference)) return $"git source \"{source}\" is pinned to the branch \"{reference}\", which moves.";
            return null;
        }
        var isRegistry = !source.Contains("://", StringComparison.Ordinal) && !source.Contains("::", StringComparison.Ordinal) && source.Count(c => c == '/') >= 2;
        if (isRegistry && !hasVersion) return $"registry source \"{source}\" has no version, so every init takes the latest.";
        return null;
    }
}
