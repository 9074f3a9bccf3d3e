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

    private static string ReadVersion()
    {
        var informational = typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+');
        return plus < 0 ? informational : informational[..plus];
    }
}
