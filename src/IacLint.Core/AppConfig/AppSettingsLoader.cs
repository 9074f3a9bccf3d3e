using IacLint.Discovery;
using IacLint.Environments;
using IacLint.Syntax;
using IacLint.Syntax.Json;

namespace IacLint.AppConfig;

/// <summary>Turns appsettings files into <see cref="AppSettingsFile"/>s and groups them by folder.</summary>
public static class AppSettingsLoader
{
    /// <summary>Reads one file as the .NET JSON configuration provider would; the document's diagnostics say why
    /// it was rejected, and then the file has no entries.</summary>
    public static AppSettingsFile Read(SourceText source, EnvironmentNames names)
    {
        var fileName = source.Path[(source.Path.LastIndexOf('/') + 1)..];
        var environmentName = FileClassifier.AppSettingsEnvironment(fileName);
        var environment = environmentName is null ? null : names.Normalize(environmentName);
        var document = JsonReader.Read(source, JsonReaderOptions.DotNetConfiguration);
        if (document.Root is null) return new AppSettingsFile(document, environmentName, environment, []);
        var flattened = ConfigurationFlattener.Flatten(source, document.Root);
        if (flattened.Diagnostics.Count > 0)
        {
            document = document with { Diagnostics = flattened.Diagnostics };
            return new AppSettingsFile(document, environmentName, environment, []);
        }
        return new AppSettingsFile(document, environmentName, environment, flattened.Entries);
    }

    /// <summary>Groups files by folder; files the provider rejects stay out of the layering (the app would not start).</summary>
    public static IReadOnlyList<AppSettingsGroup> Group(IEnumerable<AppSettingsFile> files) =>
        files.Where(f => !f.Document.HasErrors)
            .GroupBy(f => Folder(f.Source.Path), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new AppSettingsGroup(
                g.Key,
                g.FirstOrDefault(f => f.EnvironmentName is null),
                g.Where(f => f.EnvironmentName is not null).OrderBy(f => f.Source.Path, StringComparer.Ordinal).ToList()))
            .ToList();

    private static string Folder(string path) => RelativePaths.Folder(path);
}
