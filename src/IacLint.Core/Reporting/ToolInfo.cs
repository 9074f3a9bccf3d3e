using System.Reflection;

namespace IacLint.Reporting;

/// <summary>The tool's name, version and home, as every format reports them.</summary>
public static class ToolInfo
{
    public const string Name = "iaclint";
    public const string FullName = "IacLint";
    public const string InformationUri = "https://github.com/iaclint/iaclint";

    /// <summary>The semantic version (without build metadata).</summary>
    public static string Version { get; } = ReadVersion();

    /// <summary>Whether a JSON document is a report IacLint wrote (its JSON, diff JSON or SARIF, whose tool is
    /// iaclint): a later run must not audit its own output.</summary>
    public static bool IsOwnReport(Syntax.DataObject root)
    {
        var tool = root.Find("tool")?.Value as Syntax.DataObject;
        if (root.Find("runs")?.Value is Syntax.DataArray { Items.Count: > 0 } runs && runs.Items[0] is Syntax.DataObject run)
        {
            tool = (run.Find("tool")?.Value as Syntax.DataObject)?.Find("driver")?.Value as Syntax.DataObject;
        }
        return tool?.Find("name")?.Value is Syntax.DataScalar { Text: Name };
    }

    private static string ReadVersion()
    {
        var informational = typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+');
        return plus < 0 ? informational : informational[..plus];
    }
}
