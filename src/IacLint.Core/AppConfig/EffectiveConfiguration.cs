namespace IacLint.AppConfig;

/// <summary>
/// The configuration an application sees in one environment: the base file's keys overlaid by the environment
/// file's, key by key (so arrays merge by index), case-insensitively, each value keeping the file it came from.
/// </summary>
public sealed class EffectiveConfiguration
{
    private readonly Dictionary<string, ConfigEntry> _entries;

    public EffectiveConfiguration(string environment, IEnumerable<AppSettingsFile> layers)
    {
        Environment = environment;
        _entries = new Dictionary<string, ConfigEntry>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (var layer in layers)
        {
            foreach (var entry in layer.Entries)
            {
                if (!_entries.ContainsKey(entry.Key)) order.Add(entry.Key);
                _entries[entry.Key] = entry;
            }
        }
        Entries = order.Select(key => _entries[key]).ToList();
    }

    public string Environment { get; }

    /// <summary>Effective entries in the order their keys first appeared across the layers.</summary>
    public IReadOnlyList<ConfigEntry> Entries { get; }

    public ConfigEntry? Get(string key) => _entries.GetValueOrDefault(key);
}
