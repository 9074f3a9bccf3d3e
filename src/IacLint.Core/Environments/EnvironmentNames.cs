namespace IacLint.Environments;

/// <summary>
/// Normalises environment names so that <c>appsettings.Prod.json</c>, <c>overlays/prd</c> and <c>live.tfvars</c> all
/// mean <c>production</c>. Canonical names are lower case; unknown names are kept, lower-cased.
/// </summary>
public sealed class EnvironmentNames
{
    public const string Production = "production";
    public const string Staging = "staging";
    public const string Development = "development";
    public const string Test = "test";

    private static readonly Dictionary<string, string[]> DefaultAliases = new(StringComparer.Ordinal)
    {
        [Production] = ["prod", "prd", "live"],
        [Staging] = ["stage", "stg", "preprod"],
        [Development] = ["dev"],
        [Test] = ["qa", "uat"],
    };

    private readonly Dictionary<string, string> _canonical = new(StringComparer.OrdinalIgnoreCase);

    public EnvironmentNames(IReadOnlyDictionary<string, IReadOnlyList<string>>? extraAliases = null)
    {
        foreach (var (name, aliases) in DefaultAliases) Add(name, aliases);
        if (extraAliases is null) return;
        foreach (var (name, aliases) in extraAliases) Add(name.ToLowerInvariant(), aliases);
    }

    public static EnvironmentNames Default { get; } = new();

    public string Normalize(string name)
    {
        var trimmed = name.Trim();
        return _canonical.TryGetValue(trimmed, out var canonical) ? canonical : trimmed.ToLowerInvariant();
    }

    /// <summary>Every spelling of an environment (its canonical name and aliases), longest first.</summary>
    public IReadOnlyList<string> Spellings(string name)
    {
        var canonical = Normalize(name);
        return _canonical.Where(pair => pair.Value == canonical).Select(pair => pair.Key).Append(canonical)
            .Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(s => s.Length).ToList();
    }

    public bool IsProduction(string? name) => name is not null && Normalize(name) == Production;

    private void Add(string canonical, IEnumerable<string> aliases)
    {
        _canonical[canonical] = canonical;
        foreach (var alias in aliases) _canonical[alias] = canonical;
    }
}
