using System.Globalization;
using IacLint.Syntax;

namespace IacLint.Findings;

/// <summary>
/// An <c>iaclint-ignore ID[,ID…]: reason [until YYYY-MM-DD]</c> comment, read from any format's comments.
/// </summary>
/// <param name="RuleRefs">Rule ids or names as written.</param>
/// <param name="Target">What it covers: the same line for a trailing comment, else the element that starts on the
/// next line of content (a whole property or block).</param>
public sealed record SuppressionDirective(
    IReadOnlyList<string> RuleRefs,
    string? Reason,
    DateOnly? Expires,
    string? Problem,
    SourceComment Comment,
    SourceSpan Target)
{
    public const string Marker = "iaclint-ignore";

    /// <summary>Parses a comment's text; null when the comment is not a suppression at all.</summary>
    public static (IReadOnlyList<string> Rules, string? Reason, DateOnly? Expires, string? Problem)? Parse(string commentText)
    {
        var text = commentText.Trim().TrimStart('*', '/', '#').Trim();
        if (!text.StartsWith(Marker, StringComparison.OrdinalIgnoreCase)) return null;
        var rest = text[Marker.Length..];
        if (rest.Length > 0 && !char.IsWhiteSpace(rest[0])) return null; // iaclint-ignored, iaclint-ignore-foo
        rest = rest.Trim();
        var colon = rest.IndexOf(':');
        var idsText = colon < 0 ? rest : rest[..colon];
        var rules = idsText.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (rules.Length == 0) return (rules, null, null, "names no rule");
        if (colon < 0) return (rules, null, null, "gives no reason (write 'iaclint-ignore ID: reason')");
        var reason = rest[(colon + 1)..].Trim();
        DateOnly? expires = null;
        var until = reason.LastIndexOf(" until ", StringComparison.OrdinalIgnoreCase);
        if (until < 0 && reason.StartsWith("until ", StringComparison.OrdinalIgnoreCase)) until = 0;
        if (until >= 0)
        {
            var dateText = reason[(until + (until == 0 ? 6 : 7))..].Trim();
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return (rules, reason, null, $"has an expiry '{dateText}' that is not a date (write 'until YYYY-MM-DD')");
            }
            expires = date;
            reason = reason[..until].Trim();
        }
        if (reason.Length == 0) return (rules, null, expires, "gives no reason (write 'iaclint-ignore ID: reason')");
        return (rules, reason, expires, null);
    }
}
