using IacLint.Rules;
using IacLint.Syntax;

namespace IacLint.Findings;

/// <summary>
/// Applies in-source suppressions: marks covered findings suppressed with their justification, reports invalid
/// directives (IAC0002) and lets expired ones lapse with a note (IAC0004).
/// </summary>
public static class Suppressor
{
    public static IReadOnlyList<Finding> Apply(IReadOnlyList<Finding> findings, IEnumerable<DataDocument> documents, DateOnly today)
    {
        var indexes = new Dictionary<string, SuppressionIndex>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (document.Comments.Count == 0) continue;
            indexes[document.Source.Path] = SuppressionIndex.Build(document.Source, document.Comments, ElementSpans(document.Root));
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
                foreach (var reference in directive.RuleRefs)
                {
                    if (RuleRegistry.Find(reference) is null)
                    {
                        result.Add(RuleRegistry.InvalidSuppression.Finding($"Suppression comment names '{reference}', which is not a rule id or name.", location));
                    }
                }
                if (directive.Expires is { } expires && expires < today)
                {
                    result.Add(RuleRegistry.ExpiredSuppression.Finding(
                        $"Suppression of {string.Join(", ", directive.RuleRefs)} expired on {expires:yyyy-MM-dd}; the findings it covered are reported again.", location));
                }
            }
        }

        foreach (var finding in findings)
        {
            var suppression = indexes.TryGetValue(finding.Location.Path, out var index) ? Match(index, finding, today) : null;
            result.Add(suppression is null ? finding : finding with { Suppression = suppression });
        }
        return result;
    }

    private static Suppression? Match(SuppressionIndex index, Finding finding, DateOnly today)
    {
        foreach (var directive in index.Directives)
        {
            if (directive.Problem is not null || directive.Reason is null) continue;
            if (directive.Expires is { } expires && expires < today) continue;
            if (!directive.Target.Contains(finding.Location.Span with { EndOffset = finding.Location.Span.StartOffset })) continue;
            foreach (var reference in directive.RuleRefs)
            {
                if (RuleRegistry.Find(reference) is { } rule && rule.Descriptor.Id == finding.Rule.Id)
                {
                    return new Suppression(directive.Reason, directive.Expires, $"{finding.Location.Path}:{directive.Comment.Span.StartLine}");
                }
            }
        }
        return null;
    }

    /// <summary>Spans of every property in the tree: what a suppression comment above a line can cover.</summary>
    private static IEnumerable<SourceSpan> ElementSpans(DataNode? node)
    {
        var stack = new Stack<DataNode>();
        if (node is not null) stack.Push(node);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case DataObject obj:
                    foreach (var property in obj.Properties)
                    {
                        yield return property.Span;
                        stack.Push(property.Value);
                    }
                    break;
                case DataArray array:
                    foreach (var item in array.Items)
                    {
                        yield return item.Span;
                        stack.Push(item);
                    }
                    break;
            }
        }
    }
}
