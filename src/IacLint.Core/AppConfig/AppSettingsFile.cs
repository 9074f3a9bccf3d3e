using IacLint.Syntax;

namespace IacLint.AppConfig;

/// <summary>A parsed <c>appsettings*.json</c> file and its flattened keys.</summary>
/// <param name="EnvironmentName">The name in <c>appsettings.{Name}.json</c> as written; null for the base file.</param>
/// <param name="Environment">The normalised environment (<c>production</c> for <c>Prod</c>); null for the base file.</param>
public sealed class AppSettingsFile(DataDocument document, string? environmentName, string? environment, IReadOnlyList<ConfigEntry> entries)
{
    public DataDocument Document { get; } = document;

    public SourceText Source => Document.Source;

    public string? EnvironmentName { get; } = environmentName;

    public string? Environment { get; } = environment;

    public IReadOnlyList<ConfigEntry> Entries { get; } = entries;

    public string FileName => Source.Path[(Source.Path.LastIndexOf('/') + 1)..];
}
