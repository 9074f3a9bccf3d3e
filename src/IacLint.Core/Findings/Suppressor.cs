using IacLint.Rules;
using IacLint.Syntax;

namespace IacLint.Findings;

/// <summary>
/// Applies in-source suppressions: marks covered findings suppressed with their justification, reports invalid
/// directives (IAC0002) and lets expired ones lapse with a note (IAC0004).
/// </summary>
public static class Suppressor
{
    public static IReadOnlyList<Finding> Apply(IReadOnlyList<Finding> findings, IEnumerable<SuppressionSource> sources, DateOnly today)
    {
        // Each file's comments are parsed on their own, on both cores; the indexes are kept in the sources' order.
        var sourceList = sources as IReadOnlyList<SuppressionSource> ?? sources.ToList();
        var built = new SuppressionIndex?[sourceList.Count];
        Parallel.For(0, sourceList.Count, i => built[i] = sourceList[i].Comments.Count == 0 ? null : SuppressionIndex.Build(sourceList[i]));
        var indexes = new Dictionary<string, SuppressionIndex>(StringComparer.Ordinal);
        for (var i = 0; i < sourceList.Count; i++)
        {
            if (built[i] is { Directives.Count: > 0 } index) indexes[sourceList[i].Source.Path] = index;
        }
        if (indexes.Count == 0) return findings;

        var result = new List<Finding>(findings.Count);
        foreach (var (path, index) in indexes)
        {
            foreach (var directive in index.Directives)
            {
                var location = new Location(path, directive.Comment.Span);
                if (directive.Problem is not null)
                {
                    result.Add(RuleRegistry.InvalidSuppression.Finding($"Suppression comment {directive.Problem}; it suppresses nothing.", location));
                    continue;
                }
                if (directive.Parsed.Tool is null)
                {
                    foreach (var reference in directive.RuleRefs)
                    {
                        if (RuleRegistry.Find(reference) is null)
                        {
                            result.Add(RuleRegistry.InvalidSuppression.Finding($"Suppression comment names '{reference}', which is not a rule id or name.", location));
                        }
                    }
                }
                if (directive.Expires is { } expires && expires < today)
                {
                    result.Add(RuleRegistry.ExpiredSuppression.Finding(
                        $"Suppression of {string.Join(", ", directive.RuleRefs)} expired on {expires:yyyy-MM-dd}; the findings it covered are reported again.", location));
                }
            }
        }

        // Matching reads the indexes only: the findings are matched on both cores, in their order.
        var matched = new Finding[findings.Count];
        Parallel.For(0, findings.Count, i =>
        {
            var finding = findings[i];
            var suppression = indexes.TryGetValue(finding.Location.Path, out var index) ? Match(index, finding, today) : null;
            matched[i] = suppression is null ? finding : finding with { Suppression = suppression };
        });
        result.AddRange(matched);
        return result;
    }

    private static Suppression? Match(SuppressionIndex index, Finding finding, DateOnly today)
    {
        foreach (var directive in index.Directives)
        {
            if (directive.Problem is not null || directive.Reason is null) continue;
            if (directive.Expires is { } expires && expires < today) continue;
            if (!directive.Target.Contains(finding.Location.Span with { EndOffset = finding.Location.Span.StartOffset })) continue;
            if (directive.Parsed.Rules().Any(rule => rule.Descriptor.Id == finding.Rule.Id))
            {
                return new Suppression(directive.Reason, directive.Expires, $"{finding.Location.Path}:{directive.Comment.Span.StartLine}");
            }
        }
        return null;
    }

    /// <summary>The suppression view of a data document (JSON, YAML, TOML): every property and item is an element.</summary>
    public static SuppressionSource ForDocument(DataDocument document)
    {
        var spans = new List<SourceSpan>();
        var stack = new Stack<DataNode>();
        if (document.Root is not null) stack.Push(document.Root);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case DataObject obj:
                    foreach (var property in obj.Properties)
                    {
                        spans.Add(property.Span);
                        stack.Push(property.Value);
                    }
                    break;
                case DataArray array:
                    foreach (var item in array.Items)
                    {
                        spans.Add(item.Span);
                        stack.Push(item);
                    }
                    break;
            }
        }
        var topLevel = document.Root is DataObject root ? root.Properties.Select(p => p.Span).ToList() : [];
        return new SuppressionSource(document.Source, document.Comments, spans, topLevel);
    }
}
