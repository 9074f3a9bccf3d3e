using IacLint.Findings;
using IacLint.Syntax.Hcl;
using IacLint.Terraform.Model;

namespace IacLint.Rules.Terraform.Common;

/// <summary>IAC3001: a module uses a provider without a version constraint.</summary>
public sealed class ProviderVersionNotConstrained : ITerraformRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3001",
        Name: "provider-version-not-constrained",
        Title: "Provider used without a version constraint",
        Description: "A module uses a provider (in a resource, data source or provider block) that its `terraform { required_providers { … } }` does not list with a `version` constraint.",
        Why: "Without a constraint every `terraform init` may take a new major provider version, whose changed defaults and removed arguments break plans or silently change infrastructure.",
        HowToFix: "List the provider in `required_providers` with its source and a version constraint such as `~> 5.0`, and commit `.terraform.lock.hcl`.",
        Example: """
            ```hcl
            terraform {
              required_providers {
                aws = {
                  source  = "hashicorp/aws"
                  version = "~> 5.0"
                }
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: null,
        Tags: ["reliability", "versioning", "terraform"],
        Area: AuditArea.Patching,
        EquivalentIds: ["tflint:terraform_required_providers"],
        Precision: Precision.High);

    public IEnumerable<Finding> Analyze(TerraformProject project)
    {
        foreach (var module in project.Modules.Values.OrderBy(m => m.Directory, StringComparer.Ordinal))
        {
            var constrained = new HashSet<string>(StringComparer.Ordinal);
            var declared = new Dictionary<string, (HclNode Node, Syntax.SourceText File)>(StringComparer.Ordinal);
            foreach (var (block, file) in module.TerraformBlocks)
            {
                foreach (var required in block.Body.BlocksOfType("required_providers"))
                {
                    foreach (var entry in required.Body.Attributes)
                    {
                        declared[entry.Name] = (entry, file);
                        var hasVersion = entry.Value switch
                        {
                            HclObject obj => obj.Items.Any(i => i.Key is HclVariable { Name: "version" } || (i.Key is HclTemplate t && t.LiteralValue == "version")),
                            HclTemplate => true, // legacy form: aws = "~> 5.0"
                            _ => false,
                        };
                        if (hasVersion) constrained.Add(entry.Name);
                    }
                }
            }
            var used = new Dictionary<string, (HclNode Node, Syntax.SourceText File)>(StringComparer.Ordinal);
            foreach (var resource in module.Resources)
            {
                var provider = resource.Block.Body.Attribute("provider")?.Value is HclGetAttribute { Source: HclVariable p } ? p.Name
                    : resource.Block.Body.Attribute("provider")?.Value is HclVariable v ? v.Name
                    : resource.ProviderName;
                if (provider != "terraform") used.TryAdd(provider, (resource.Block, resource.File));
            }
            foreach (var (block, file) in module.Providers) used.TryAdd(block.Labels[0].Value, (block, file));
            foreach (var (provider, (node, file)) in used.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (constrained.Contains(provider)) continue;
                var (at, atFile) = declared.TryGetValue(provider, out var entry) ? entry : (node, file);
                var span = at is HclBlock b ? b.HeaderSpan : at is HclAttribute a ? a.NameSpan : at.Span;
                var where = module.Directory.Length == 0 ? "the root module" : $"module {module.Directory}";
                yield return new Finding(Descriptor, Descriptor.DefaultLevel,
                    declared.ContainsKey(provider)
                        ? $"Provider \"{provider}\" in {where} has no version constraint in required_providers."
                        : $"Provider \"{provider}\" is used in {where} but not listed in required_providers with a version.",
                    new Location(atFile.Path, span), new LogicalLocation($"{module.Directory}:provider.{provider}", "module"));
            }
        }
    }
}
