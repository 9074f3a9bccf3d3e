using IacLint.Findings;

namespace IacLint.Rules;

/// <summary>How sure a rule is that its findings are real problems (SARIF's <c>precision</c>).</summary>
public enum Precision
{
    VeryHigh,
    High,
    Medium,
    Low,
}

/// <summary>
/// Everything users and tools know about a rule, independent of its code. A released id never changes meaning.
/// </summary>
/// <param name="Id">IACnnnn: 0xxx engine, 1xxx Terraform AWS, 2xxx Terraform Azure, 3xxx Terraform other,
/// 4xxx Kubernetes, 5xxx application config, 6xxx drift.</param>
/// <param name="Name">kebab-case, unique, usable in suppressions and configuration instead of the id.</param>
/// <param name="Title">One line, shown as the SARIF short description.</param>
/// <param name="Description">A paragraph: what the rule checks.</param>
/// <param name="Why">Why it matters (markdown).</param>
/// <param name="HowToFix">How to fix it (markdown).</param>
/// <param name="Example">An example that fires, with the fix (markdown, usually code blocks).</param>
/// <param name="SecuritySeverity">GitHub's 0.0–10.0 scale; null for rules that are not about security.</param>
/// <param name="Area">The audit area (access, exposure, encryption, …); its name is added to <see cref="Tags"/>.</param>
/// <param name="EquivalentIds">Peer checks that flag exactly what this rule flags, as <c>tool:id</c> (e.g.
/// <c>checkov:CKV_AWS_24</c>). Only exact equivalents belong here: agreement scores are computed from them.</param>
/// <param name="RelatedIds">Peer checks that are broader or narrower than this rule (overlapping, not the same).</param>
public sealed record RuleDescriptor(
    string Id,
    string Name,
    string Title,
    string Description,
    string Why,
    string HowToFix,
    string Example,
    Level DefaultLevel,
    double? SecuritySeverity,
    IReadOnlyList<string> Tags,
    AuditArea Area,
    string? Cwe = null,
    IReadOnlyList<string>? EquivalentIds = null,
    Precision Precision = Precision.High,
    IReadOnlyList<string>? RelatedIds = null)
{
    /// <summary>The tags given, with the audit area's name added when it is not among them.</summary>
    public IReadOnlyList<string> Tags { get; init; } = Tags.Contains(Area.ToName()) ? Tags : [.. Tags, Area.ToName()];

    public const string DocsBaseUri = "https://github.com/iaclint/iaclint/blob/main/docs/rules/";

    public IReadOnlyList<string> Equivalents => EquivalentIds ?? [];

    public IReadOnlyList<string> Related => RelatedIds ?? [];

    public string HelpUri => DocsBaseUri + Id + ".md";

    /// <summary>Plain-text help for consoles and SARIF <c>help.text</c>.</summary>
    public string HelpText => $"{Description}\n\nWhy it matters: {Why}\n\nHow to fix: {HowToFix}";

    /// <summary>The help page: also written to <c>docs/rules/ID.md</c> and SARIF <c>help.markdown</c>.</summary>
    public string HelpMarkdown
    {
        get
        {
            var builder = new System.Text.StringBuilder();
            builder.Append("# ").Append(Id).Append(": ").Append(Title).Append("\n\n");
            builder.Append('`').Append(Name).Append("` · default level **").Append(DefaultLevel.ToName()).Append("**");
            if (SecuritySeverity is { } severity)
            {
                builder.Append(" · security severity ").Append(severity.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));
            }
            if (Cwe is not null) builder.Append(" · ").Append(Cwe);
            builder.Append(" · area **").Append(Area.ToName()).Append("**");
            builder.Append(" · tags: ").Append(string.Join(", ", Tags)).Append("\n\n");
            builder.Append(Description).Append("\n\n");
            builder.Append("## Why it matters\n\n").Append(Why).Append("\n\n");
            builder.Append("## How to fix\n\n").Append(HowToFix).Append("\n\n");
            builder.Append("## Example\n\n").Append(Example.TrimEnd()).Append('\n');
            if (Equivalents.Count > 0)
            {
                builder.Append("\n## Equivalent checks in other tools\n\n");
                foreach (var id in Equivalents) builder.Append("- `").Append(id).Append("`\n");
            }
            if (Related.Count > 0)
            {
                builder.Append("\n## Related checks in other tools\n\nThese overlap with this rule but are broader or narrower.\n\n");
                foreach (var id in Related) builder.Append("- `").Append(id).Append("`\n");
            }
            builder.Append("\n## Suppressing\n\n")
                .Append("Put `iaclint-ignore ").Append(Id).Append(": <reason>` (optionally followed by `until YYYY-MM-DD`) in a comment on the line above, ")
                .Append("or turn the rule off in `iaclint.toml` with `").Append(Id).Append(" = \"off\"` under `[rules]`.\n");
            return builder.ToString();
        }
    }
}
