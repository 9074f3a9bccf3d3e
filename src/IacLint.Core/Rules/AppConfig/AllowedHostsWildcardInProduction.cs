using IacLint.AppConfig;
using IacLint.Findings;

namespace IacLint.Rules.AppConfig;

/// <summary>IAC5004: host filtering accepts any Host header in production.</summary>
public sealed class AllowedHostsWildcardInProduction : IAppSettingsRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "IAC5004",
        Name: "allowed-hosts-wildcard-in-production",
        Title: "AllowedHosts accepts any host in production",
        Description: "The effective production configuration sets `AllowedHosts` to `*` (or a list containing `*`), so ASP.NET Core's host filtering accepts requests for any Host header.",
        Why: "Without host filtering, links the application builds from the Host header (password reset mails, redirects, absolute URLs) can be pointed at an attacker's domain, and caches can be poisoned.",
        HowToFix: "List the host names the application serves, separated by semicolons, in `appsettings.Production.json`. If a proxy already enforces host names, suppress with that reason.",
        Example: """
            ```json
            { "AllowedHosts": "*" }
            ```
            becomes
            ```json
            { "AllowedHosts": "shop.example.com;www.shop.example.com" }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.4,
        Tags: ["security", "appsettings", "production"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-346",
        Precision: Precision.High);

    public IEnumerable<Finding> Analyze(AppSettingsGroup group)
    {
        var entry = ProductionSetting.Production(group)?.Get("AllowedHosts");
        if (entry?.Value is null) yield break;
        foreach (var host in entry.Value.Split(';', StringSplitOptions.TrimEntries))
        {
            if (host != "*") continue;
            yield return ProductionSetting.Report(this, group, entry, "'AllowedHosts' allows any host in production");
            yield break;
        }
    }
}
