using System.Globalization;
using IacLint.Rules;
using IacLint.Syntax;

namespace IacLint.Findings;

/// <summary>What a suppression comment says, before it is placed in a file.</summary>
/// <param name="Tool">null for IacLint's own <c>iaclint-ignore</c>; <c>checkov</c>, <c>tfsec</c> or <c>trivy</c> for the
/// peers' inline syntaxes, whose ids map to rules through <see cref="RuleDescriptor.EquivalentIds"/>.</param>
/// <param name="Problem">Why the directive is invalid (only for IacLint's own syntax); null when valid.</param>
/// <param name="EnclosingBlock">The directive covers the block it is written inside (checkov's convention).</param>
public sealed record ParsedDirective(string? Tool, IReadOnlyList<string> RuleRefs, string? Reason, DateOnly? Expires, string? Problem, bool EnclosingBlock = false)
{
    /// <summary>The rules the directive names; unknown ids are skipped (and reported for IacLint's own syntax).</summary>
    public IEnumerable<IRule> Rules() => Tool is null
        ? RuleRefs.Select(RuleRegistry.Find).OfType<IRule>()
        : RuleRefs.SelectMany(id => RuleRegistry.FindEquivalent(Tool, id));
}

/// <summary>A directive placed in a file: the comment and the span it covers.</summary>
/// <param name="Target">The same line for a trailing comment, else the element that starts on the next line of
/// content (a whole property or block); for checkov, the block the comment is inside.</param>
public sealed record SuppressionDirective(ParsedDirective Parsed, SourceComment Comment, SourceSpan Target)
{
    public const string Marker = "iaclint-ignore";

    public IReadOnlyList<string> RuleRefs => Parsed.RuleRefs;

    public string? Reason => Parsed.Reason;

    public DateOnly? Expires => Parsed.Expires;

    public string? Problem => Parsed.Problem;

    /// <summary>The directives in a comment's text: none, IacLint's own, or one or more of the peers'.</summary>
    public static IReadOnlyList<ParsedDirective> ParseAll(string commentText)
    {
        if (!MayHoldDirective(commentText)) return [];
        var text = commentText.Trim().TrimStart('*', '/', '#').Trim();
        if (text.StartsWith(Marker, StringComparison.OrdinalIgnoreCase))
        {
            return Parse(text) is { } own ? [own] : [];
        }
        var result = new List<ParsedDirective>();
        foreach (var word in text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.StartsWith("checkov:skip=", StringComparison.OrdinalIgnoreCase))
            {
                var rest = text[(text.IndexOf("checkov:skip=", StringComparison.OrdinalIgnoreCase) + 13)..];
                var colon = rest.IndexOf(':');
                var ids = (colon < 0 ? rest : rest[..colon]).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var reason = colon < 0 ? "" : rest[(colon + 1)..].Trim();
                result.Add(new ParsedDirective("checkov", ids, reason.Length > 0 ? reason : "skipped with checkov:skip (no reason given)", null, null, EnclosingBlock: true));
                break;
            }
            foreach (var tool in new[] { "tfsec", "trivy" })
            {
                var prefix = tool + ":ignore:";
                if (!word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) continue;
                var rest = word[prefix.Length..];
                DateOnly? expires = null;
                var exp = rest.IndexOf(":exp:", StringComparison.OrdinalIgnoreCase);
                if (exp >= 0)
                {
                    if (DateOnly.TryParseExact(rest[(exp + 5)..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) expires = date;
                    rest = rest[..exp];
                }
                result.Add(new ParsedDirective(tool, [rest], $"ignored with {tool}:ignore (no reason given)", expires, null));
            }
        }
        return result;
    }

    /// <summary>Whether a comment names any of the markers <see cref="ParseAll"/> looks for: nearly no comment does,
    /// and those are not split into words (a scan has tens of thousands of comments).</summary>
    public static bool MayHoldDirective(string commentText) =>
        commentText.Contains(Marker, StringComparison.OrdinalIgnoreCase) ||
        commentText.Contains("checkov:skip=", StringComparison.OrdinalIgnoreCase) ||
        commentText.Contains("tfsec:ignore:", StringComparison.OrdinalIgnoreCase) ||
        commentText.Contains("trivy:ignore:", StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses IacLint's own syntax; null when the text is not an <c>iaclint-ignore</c> comment.</summary>
    public static ParsedDirective? Parse(string commentText)
    {
        var text = commentText.Trim().TrimStart('*', '/', '#').Trim();
        if (!text.StartsWith(Marker, StringComparison.OrdinalIgnoreCase)) return null;
        var rest = text[Marker.Length..];
        if (rest.Length > 0 && !char.IsWhiteSpace(rest[0])) return null; // iaclint-ignored, iaclint-ignore-foo
        rest = rest.Trim();
        var colon = rest.IndexOf(':');
        var idsText = colon < 0 ? rest : rest[..colon];
        var rules = idsText.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (rules.Length == 0) return new ParsedDirective(null, rules, null, null, "names no rule");
        if (colon < 0) return new ParsedDirective(null, rules, null, null, "gives no reason (write 'iaclint-ignore ID: reason')");
        var reason = rest[(colon + 1)..].Trim();
        DateOnly? expires = null;
        var until = reason.LastIndexOf(" until ", StringComparison.OrdinalIgnoreCase);
        if (until < 0 && reason.StartsWith("until ", StringComparison.OrdinalIgnoreCase)) until = 0;
        if (until >= 0)
        {
            var dateText = reason[(until + (until == 0 ? 6 : 7))..].Trim();
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return new ParsedDirective(null, rules, reason, null, $"has an expiry '{dateText}' that is not a date (write 'until YYYY-MM-DD')");
            }
            expires = date;
            reason = reason[..until].Trim();
        }
        if (reason.Length == 0) return new ParsedDirective(null, rules, null, expires, "gives no reason (write 'iaclint-ignore ID: reason')");
        return new ParsedDirective(null, rules, reason, expires, null);
    }
}
