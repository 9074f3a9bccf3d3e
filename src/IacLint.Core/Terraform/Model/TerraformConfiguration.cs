namespace IacLint.Terraform.Model;

/// <summary>
/// One root module and the modules it calls, with the values passed in: what Terraform plans and applies as one
/// unit. Cross-resource lookups (a bucket's companion resources, an account-wide setting) stay inside it, so a
/// setting in <c>envs/dev</c> never silences a finding in <c>envs/production</c>.
/// </summary>
public sealed class TerraformConfiguration
{
    private static readonly IReadOnlyList<ResourceInstance> None = [];
    private readonly Dictionary<string, List<ResourceInstance>> _managedByType = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ResourceInstance>> _dataByType = new(StringComparer.Ordinal);

    internal TerraformConfiguration(ModuleInstance root, IReadOnlyList<ResourceInstance> resources)
    {
        Root = root;
        Resources = resources;
        foreach (var resource in resources)
        {
            var index = resource.Definition.Mode == "data" ? _dataByType : _managedByType;
            if (!index.TryGetValue(resource.Type, out var list)) index[resource.Type] = list = [];
            list.Add(resource);
        }
    }

    /// <summary>The root module instance.</summary>
    public ModuleInstance Root { get; }

    /// <summary>The root module's folder relative to the scan root ("" for the scan root itself).</summary>
    public string Directory => Root.Definition.Directory;

    /// <summary>Every resource and data instance of the configuration, in source order, root module first.</summary>
    public IReadOnlyList<ResourceInstance> Resources { get; }

    /// <summary>The managed resources of one type (<c>aws_s3_bucket</c>), in source order.</summary>
    public IReadOnlyList<ResourceInstance> OfType(string type) => _managedByType.GetValueOrDefault(type) ?? None;

    /// <summary>The data sources of one type (<c>aws_iam_policy_document</c>), in source order.</summary>
    public IReadOnlyList<ResourceInstance> DataOfType(string type) => _dataByType.GetValueOrDefault(type) ?? None;
}
