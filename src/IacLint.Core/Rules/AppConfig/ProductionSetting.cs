using IacLint.AppConfig;
using IacLint.Environments;
using IacLint.Findings;

namespace IacLint.Rules.AppConfig;

/// <summary>
/// Helpers for rules about what is in effect in production: they walk the effective production configuration and
/// report at the file and line the value came from, relating it to the production file when the value is inherited
/// from the base file.
/// </summary>
internal static class ProductionSetting
{
    public static EffectiveConfiguration? Production(AppSettingsGroup group) =>
        group.Base is null && group.FileFor(EnvironmentNames.Production) is null
            ? null
            : group.Effective(EnvironmentNames.Production);

    public static Finding Report(IRule rule, AppSettingsGroup group, ConfigEntry entry, string message)
    {
        var related = new List<RelatedLocation>();
        var productionFile = group.FileFor(EnvironmentNames.Production);
        if (productionFile is not null && productionFile.Source != entry.File)
        {
            related.Add(new RelatedLocation(
                new Location(productionFile.Source.Path, productionFile.Document.Root!.Span with
                {
                    EndLine = productionFile.Document.Root.Span.StartLine,
                    EndColumn = productionFile.Document.Root.Span.StartColumn + 1,
                    EndOffset = productionFile.Document.Root.Span.StartOffset + 1,
                }),
                $"{productionFile.FileName} does not override it"));
        }
        var inherited = productionFile is null || productionFile.Source != entry.File;
        var text = inherited
            ? $"{message} (inherited from {entry.File.Path[(entry.File.Path.LastIndexOf('/') + 1)..]})."
            : message + ".";
        return rule.Finding(text, entry.ValueLocation, RuleExtensions.ConfigKey(entry.Key), related, EnvironmentNames.Production);
    }
}
