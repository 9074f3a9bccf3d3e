using IacLint.AppConfig;
using IacLint.Findings;

namespace IacLint.Rules.AppConfig;

/// <summary>IAC5005: Kestrel listening on plain HTTP on a non-loopback address in production.</summary>
public sealed class PlainHttpEndpointInProduction : IAppSettingsRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "IAC5005",
        Name: "plain-http-endpoint-in-production",
        Title: "Plain HTTP endpoint in production",
        Description: "The effective production configuration has a Kestrel endpoint (`Kestrel:Endpoints:NAME:Url`) or a `urls` entry with an `http://` address that is not loopback.",
        Why: "Traffic to a plain HTTP endpoint can be read and changed on the way: cookies, tokens and personal data travel in clear text.",
        HowToFix: "Use an `https://` URL with a certificate, or bind HTTP to loopback only. When TLS ends at a proxy or ingress in front of the service, suppress with that reason.",
        Example: """
            ```json
            { "Kestrel": { "Endpoints": { "Public": { "Url": "http://0.0.0.0:80" } } } }
            ```
            becomes
            ```json
            { "Kestrel": { "Endpoints": { "Public": { "Url": "https://0.0.0.0:443" } } } }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 6.5,
        Tags: ["security", "encryption", "appsettings", "production"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-319",
        Precision: Precision.Medium);

    public IEnumerable<Finding> Analyze(AppSettingsGroup group)
    {
        var production = ProductionSetting.Production(group);
        if (production is null) yield break;
        foreach (var entry in production.Entries)
        {
            if (entry.Value is null || !IsEndpointKey(entry.Key)) continue;
            foreach (var url in entry.Value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || IsLoopback(url)) continue;
                yield return ProductionSetting.Report(this, group, entry,
                    $"'{entry.Key}' listens on plain HTTP ({url}) in production");
                break;
            }
        }
    }

    private static bool IsEndpointKey(string key)
    {
        if (key.Equals("urls", StringComparison.OrdinalIgnoreCase)) return true;
        var segments = key.Split(':');
        return segments.Length == 4 &&
               segments[0].Equals("Kestrel", StringComparison.OrdinalIgnoreCase) &&
               segments[1].Equals("Endpoints", StringComparison.OrdinalIgnoreCase) &&
               segments[3].Equals("Url", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsLoopback(string url)
    {
        var host = url.AsSpan("http://".Length);
        return host.StartsWith("localhost", StringComparison.OrdinalIgnoreCase) ||
               host.StartsWith("127.", StringComparison.Ordinal) ||
               host.StartsWith("[::1]", StringComparison.Ordinal);
    }
}
