using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>
/// A rule over one database flag (<c>settings.database_flags</c>) of the Cloud SQL instances of one engine: fires
/// where the flag has an unsafe value, or is not set and the engine's default is unsafe.
/// </summary>
public abstract class SqlDatabaseFlagRule : ResourceRule
{
    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_sql_database_instance"];

    /// <summary>The <c>database_version</c> prefix: POSTGRES, MYSQL or SQLSERVER.</summary>
    protected abstract string Engine { get; }

    protected abstract string Flag { get; }

    /// <summary>The engine's value when the flag is not set; null when an unset flag is fine.</summary>
    protected abstract string? EngineDefault(string databaseVersion);

    protected abstract bool IsUnsafe(string value);

    /// <summary>Why an unset flag is reported; by default, the engine's default value.</summary>
    protected virtual string UnsetExplanation(string databaseVersion, string engineDefault) => $"{databaseVersion} defaults to \"{engineDefault}\"";

    /// <summary>What an unsafe value means, e.g. "does not log connections".</summary>
    protected abstract string Problem { get; }

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var version = resource.Body.Attribute("database_version");
        if (version is null) yield break;
        if (!version.Value.IsKnown)
        {
            yield return CouldNotEvaluate(resource, version, "database_version", version.Value);
            yield break;
        }
        if (version.Value is not TfString { Value: var versionText } || !versionText.StartsWith(Engine, StringComparison.OrdinalIgnoreCase)) yield break;

        var flags = GoogleBlocks.Nested(resource, ["settings", "database_flags"]).ToList();
        var unknownName = flags.Select(f => f.Attribute("name")).FirstOrDefault(n => n is not null && !n.Value.IsKnown);
        var flag = flags.FirstOrDefault(f => f.Get("name") is TfString { Value: var name } && name.Trim().Equals(Flag, StringComparison.OrdinalIgnoreCase));
        if (flag is null)
        {
            if (unknownName is not null)
            {
                yield return CouldNotEvaluate(resource, unknownName, "a database flag's name", unknownName.Value);
            }
            else if (EngineDefault(versionText) is { } engineDefault && IsUnsafe(engineDefault))
            {
                yield return Report(resource, null, $"{resource.Address} {Problem}: database flag {Flag} is not set ({UnsetExplanation(versionText, engineDefault)}).");
            }
            yield break;
        }
        var value = flag.Attribute("value");
        if (value is null) yield break;
        if (!value.Value.IsKnown)
        {
            yield return CouldNotEvaluate(resource, value, $"the value of database flag {Flag}", value.Value);
        }
        else if (TfConvert.TryString(value.Value, out var text) && IsUnsafe(text.Trim()))
        {
            yield return Report(resource, value, $"{resource.Address} {Problem}: database flag {Flag} = \"{text}\".");
        }
    }

    /// <summary>The major version of a <c>database_version</c> such as POSTGRES_14; 0 when it has none.</summary>
    protected static int MajorVersion(string databaseVersion) =>
        int.TryParse(databaseVersion.Split('_').ElementAtOrDefault(1), out var major) ? major : 0;

    protected static bool IsOff(string value) => GoogleBlocks.Flag(new TfString(value)) == false;

    protected static bool IsOn(string value) => GoogleBlocks.Flag(new TfString(value)) == true;
}
