using IacLint.Syntax;

namespace IacLint.AppConfig;

/// <summary>
/// One flattened configuration value, as the .NET configuration system sees it: a <c>:</c>-joined key path and a
/// string value, with the file and spans it came from (its provenance).
/// </summary>
/// <param name="Key">The key path as written, e.g. <c>Logging:LogLevel:Default</c>; compare case-insensitively.</param>
/// <param name="Value">The value as .NET reads it: strings as-is, numbers as written, <c>True</c>/<c>False</c>,
/// null for JSON null or an empty object, "" for an empty array.</param>
/// <param name="Kind">What the JSON literal was; null for an empty object or array.</param>
public sealed record ConfigEntry(string Key, string? Value, ScalarKind? Kind, SourceText File, SourceSpan KeySpan, SourceSpan ValueSpan)
{
    /// <summary>The last segment of the key path (<c>Default</c> in <c>Logging:LogLevel:Default</c>).</summary>
    public string LastSegment => Key[(Key.LastIndexOf(':') + 1)..];

    public Findings.Location ValueLocation => new(File.Path, ValueSpan);

    public Findings.Location KeyLocation => new(File.Path, KeySpan);
}
