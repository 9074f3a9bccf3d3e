using IacLint.Findings;

namespace IacLint.Rules.Engine;

/// <summary>IAC0003: a discovered file could not be read as text, so nothing in it was checked.</summary>
public sealed class FileNotAudited : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "IAC0003",
        Name: "file-not-audited",
        Title: "File could not be audited",
        Description: "A file that looks like infrastructure or configuration could not be read: it is binary, larger than the size limit, or not readable. IacLint says so instead of passing it silently.",
        Why: "A silent skip looks like a clean result. A configuration file nobody can audit is a blind spot, and a binary file under a configuration name usually means a mistake in the repository.",
        HowToFix: "Make the file readable text, or exclude it on purpose with `--exclude` or `exclude` in `iaclint.toml`.",
        Example: """
            `appsettings.json` committed as a UTF-16 file or a zip archive is reported here; save it as UTF-8.
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: null,
        Tags: ["engine", "could-not-evaluate"],
        Area: AuditArea.Config,
        Precision: Precision.VeryHigh);
}
