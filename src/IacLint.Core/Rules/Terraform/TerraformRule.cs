using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform;

/// <summary>A rule over the Terraform project of the scanned tree. One that is not an <see cref="IConfigurationRule"/>
/// reads module definitions only (evaluated values belong to a configuration): it runs while configurations are
/// evaluated on other threads.</summary>
public interface ITerraformRule : IRule
{
    IEnumerable<Finding> Analyze(TerraformProject project);
}

/// <summary>A Terraform rule whose findings depend on evaluated values, so it can check one configuration at a time
/// (a root module evaluated with an environment's variable file, for instance).</summary>
public interface IConfigurationRule : ITerraformRule
{
    IEnumerable<Finding> Analyze(TerraformConfiguration configuration);
}

/// <summary>
/// A rule that looks at each instance of some resource types. Findings point at the attribute that causes them
/// (or the resource header when an attribute is missing), relate the place a value came from (a tfvars line, a
/// variable default) and every module call site, and are keyed by the resource address.
/// </summary>
public abstract class ResourceRule : IConfigurationRule
{
    public abstract RuleDescriptor Descriptor { get; }

    protected abstract IReadOnlyCollection<string> ResourceTypes { get; }

    /// <summary>The resource types it examines, for the report's count of resources checked.</summary>
    public IReadOnlyCollection<string> CoveredTypes => ResourceTypes;

    public IEnumerable<Finding> Analyze(TerraformProject project) => project.Configurations.SelectMany(Analyze);

    /// <summary>Checks one configuration (a root module with its module tree); lookups stay inside it.</summary>
    public virtual IEnumerable<Finding> Analyze(TerraformConfiguration configuration)
    {
        // Most rules look at one type: its instances come from the configuration's index, not a scan of every
        // resource for every rule. Most configurations have none of a rule's types, which the index tells before
        // anything is allocated (rules x configurations is hundreds of thousands of pairs).
        var types = ResourceTypes;
        if (types.Count == 1)
        {
            var ofType = configuration.OfType(types.First());
            return ofType.Count == 0 ? [] : CheckEach(ofType, configuration);
        }
        return AnyOfTypes(configuration, types) ? CheckEach(OfTypes(configuration, types), configuration) : [];
    }

    private static bool AnyOfTypes(TerraformConfiguration configuration, IReadOnlyCollection<string> types)
    {
        // By index when it can: a foreach over the interface allocates an enumerator for every rule and configuration.
        if (types is IReadOnlyList<string> list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (configuration.OfType(list[i]).Count > 0) return true;
            }
            return false;
        }
        foreach (var type in types)
        {
            if (configuration.OfType(type).Count > 0) return true;
        }
        return false;
    }

    // Its own method: a lambda in Analyze would allocate its closure on every call, candidates or not.
    private static IEnumerable<ResourceInstance> OfTypes(TerraformConfiguration configuration, IReadOnlyCollection<string> types) =>
        configuration.Resources.Where(r => r.Definition.Mode == "managed" && types.Contains(r.Type));

    private IEnumerable<Finding> CheckEach(IEnumerable<ResourceInstance> candidates, TerraformConfiguration configuration)
    {
        foreach (var resource in candidates)
        {
            var findings = IacLint.Engine.Guard.Findings((Rule: this, Resource: resource, Configuration: configuration),
                static s => $"running {s.Rule.Descriptor.Id} on {s.Resource.Address}", static s => s.Resource.Location,
                static s => s.Rule.Check(s.Resource, s.Configuration));
            for (var i = 0; i < findings.Count; i++) yield return findings[i];
        }
    }

    protected abstract IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration);

    /// <summary>A finding on an attribute (or on the resource when <paramref name="attribute"/> is null).</summary>
    protected Finding Report(ResourceInstance resource, EvaluatedAttribute? attribute, string message) =>
        Report(resource, attribute?.Location, attribute?.Origin, message);

    protected Finding Report(ResourceInstance resource, Location? at, Location? origin, string message)
    {
        var related = new List<RelatedLocation>();
        if (origin is not null) related.Add(new RelatedLocation(origin, "value set here"));
        related.AddRange(resource.Module.CallSites());
        var root = resource.Module.RootDirectory;
        var external = resource.Module.RootInstance.External;
        if (root.Length > 0 && (resource.Module.Parent is not null || external is not null))
        {
            // A module used by several root modules or units: say which one this instance belongs to.
            var owner = external?.Label ?? $"root module {root}";
            message = message.EndsWith('.') ? $"{message[..^1]} ({owner})." : $"{message} ({owner})";
        }
        // The environment is the one the root module's folder names (envs/production → production), else the folder;
        // a unit's is the one its path or env.hcl names.
        var environment = external is not null ? external.Environment
            : root.Length == 0 ? null : IacLint.Kubernetes.KubernetesFamily.EnvironmentOf(root + "/main.tf", IacLint.Environments.EnvironmentNames.Default) ?? root;
        return new Finding(Descriptor, Descriptor.DefaultLevel, message, at ?? resource.Location, resource.LogicalLocation, related, environment) { Scope = root };
    }

    /// <summary>The rule needs a value that is unknown before apply: a note saying so, never a silent pass.</summary>
    protected Finding CouldNotEvaluate(ResourceInstance resource, EvaluatedAttribute? attribute, string what, TfValue value) =>
        Report(resource, attribute, $"Could not evaluate {what} of {resource.Address} ({(value as TfUnknown)?.Reason ?? "unknown value"}); {Descriptor.Title.ToLowerInvariant()} cannot be ruled out.")
            with { Level = Level.Note };

    protected static bool IsTrue(TfValue? value) => value is not null && TfConvert.TryBool(value, out var b) && b;

    protected static bool IsFalse(TfValue? value) => value is not null && TfConvert.TryBool(value, out var b) && !b;
}
