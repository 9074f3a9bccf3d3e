using IacLint.Syntax;

namespace IacLint.Findings;

/// <summary>What a family gives the suppression machinery for one file: its comments, the spans of its elements
/// (properties, attributes, blocks) and of its top-level blocks.</summary>
public sealed record SuppressionSource(SourceText Source, IReadOnlyList<SourceComment> Comments, IReadOnlyList<SourceSpan> ElementSpans, IReadOnlyList<SourceSpan> TopLevelSpans);

/// <summary>The suppression comments of one file with the spans they cover.</summary>
public sealed class SuppressionIndex
{
    public SuppressionIndex(IReadOnlyList<SuppressionDirective> directives) => Directives = directives;

    public IReadOnlyList<SuppressionDirective> Directives { get; }

    public static SuppressionIndex Build(SuppressionSource file)
    {
        var (source, comments, elementSpans, topLevel) = file;
        var directives = new List<SuppressionDirective>();
        // Most files with comments have no directive: then the element spans need no index.
        if (!comments.Any(c => SuppressionDirective.MayHoldDirective(c.Text))) return new SuppressionIndex(directives);

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
            foreach (var parsed in SuppressionDirective.ParseAll(comment.Text))
            {
                SourceSpan target;
                var enclosing = parsed.EnclosingBlock ? topLevel.FirstOrDefault(b => b.StartOffset < comment.Span.StartOffset && comment.Span.EndOffset <= b.EndOffset) : default;
                if (parsed.EnclosingBlock && enclosing != default)
                {
                    target = enclosing;
                }
                else
                {
                    var line = comment.Span.StartLine;
                    var before = source.GetLine(line)[..Math.Max(0, Math.Min(source.GetLine(line).Length, comment.Span.StartColumn - 1))];
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
                }
                directives.Add(new SuppressionDirective(parsed, comment, target));
            }
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
