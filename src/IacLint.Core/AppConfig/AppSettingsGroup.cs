using IacLint.Environments;

namespace IacLint.AppConfig;

/// <summary>
/// The appsettings files of one application folder: the base <c>appsettings.json</c> and its environment files.
/// </summary>
public sealed class AppSettingsGroup
{
    public AppSettingsGroup(string directory, AppSettingsFile? baseFile, IReadOnlyList<AppSettingsFile> environmentFiles)
    {
        Directory = directory;
        Base = baseFile;
        EnvironmentFiles = environmentFiles;
    }

    /// <summary>The folder, relative to the scan root ("" for the root).</summary>
    public string Directory { get; }

    public AppSettingsFile? Base { get; }

    public IReadOnlyList<AppSettingsFile> EnvironmentFiles { get; }

    public IEnumerable<AppSettingsFile> Files => Base is null ? EnvironmentFiles : EnvironmentFiles.Prepend(Base);

    /// <summary>
    /// The environments this folder configures. Production is always one of them when a base file exists, because
    /// .NET runs as Production when no environment is set.
    /// </summary>
    public IReadOnlyList<string> Environments
    {
        get
        {
            var names = EnvironmentFiles.Select(f => f.Environment!).Distinct(StringComparer.Ordinal).ToList();
            if (Base is not null && !names.Contains(EnvironmentNames.Production)) names.Add(EnvironmentNames.Production);
            names.Sort(StringComparer.Ordinal);
            return names;
        }
    }

    /// <summary>The environment's file (the first one, if aliases make several), or null when only the base applies.</summary>
    public AppSettingsFile? FileFor(string environment) =>
        EnvironmentFiles.FirstOrDefault(f => f.Environment == environment);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, EffectiveConfiguration> _effective = new(StringComparer.Ordinal);

    /// <summary>Base then environment file; computed once per environment and shared by every rule.</summary>
    public EffectiveConfiguration Effective(string environment) => _effective.GetOrAdd(environment, Layer);

    private EffectiveConfiguration Layer(string environment)
    {
        var layers = new List<AppSettingsFile>();
        if (Base is not null) layers.Add(Base);
        if (FileFor(environment) is { } file) layers.Add(file);
        return new EffectiveConfiguration(environment, layers);
    }
}
