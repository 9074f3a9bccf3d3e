using IacLint.Syntax;

namespace IacLint.Findings;

/// <summary>
/// The suppression comments of one file with the spans they cover. Built from the comments a reader collected and
/// the spans of the elements (properties, blocks) that start on each line.
/// </summary>
public sealed class SuppressionIndex
{
    public SuppressionIndex(IReadOnlyList<SuppressionDirective> directives) => Directives = directives;

    public IReadOnlyList<SuppressionDirective> Directives { get; }

    public static SuppressionIndex Build(SourceText source, IReadOnlyList<SourceComment> comments, IEnumerable<SourceSpan> elementSpans)
    {
        var directives = new List<SuppressionDirective>();
        if (comments.Count == 0) return new SuppressionIndex(directives);

        // The outermost element starting on each line is what a comment above that line covers.
        var outermostByLine = new Dictionary<int, SourceSpan>();
        foreach (var span in elementSpans)
        {
            if (!outermostByLine.TryGetValue(span.StartLine, out var existing) || span.EndOffset - span.StartOffset > existing.EndOffset - existing.StartOffset)
            {
                outermostByLine[span.StartLine] = span;
            }
        }
        var commentLines = new HashSet<int>();
        foreach (var comment in comments)
        {
            for (var line = comment.Span.StartLine; line <= comment.Span.EndLine; line++) commentLines.Add(line);
        }

        foreach (var comment in comments)
        {
            var parsed = SuppressionDirective.Parse(comment.Text);
            if (parsed is null) continue;
            var (rules, reason, expires, problem) = parsed.Value;
            var line = comment.Span.StartLine;
            var before = source.GetLine(line)[..Math.Max(0, comment.Span.StartColumn - 1)];
            SourceSpan target;
            if (!before.IsWhiteSpace())
            {
                target = LineSpan(source, line);
            }
            else
            {
                var next = comment.Span.EndLine + 1;
                while (next <= source.LineCount && (commentLines.Contains(next) || source.GetLine(next).IsWhiteSpace())) next++;
                target = outermostByLine.TryGetValue(next, out var element)
                    ? SourceSpan.Cover(LineSpan(source, next), element)
                    : LineSpan(source, next);
            }
            directives.Add(new SuppressionDirective(rules, reason, expires, problem, comment, target));
        }
        return new SuppressionIndex(directives);
    }

    private static SourceSpan LineSpan(SourceText source, int line)
    {
        var start = source.OffsetOf(line, 1);
        var end = start + source.GetLine(line).Length;
        return source.GetSpan(start, end);
    }
}
