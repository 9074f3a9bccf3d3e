namespace IacLint.Syntax;

/// <summary>
/// A region of a source file. Lines and columns are 1-based; columns count UTF-16 code units and the end column is
/// exclusive, as in SARIF regions, so a span can be written to every output format without conversion.
/// </summary>
public readonly record struct SourceSpan(int StartLine, int StartColumn, int EndLine, int EndColumn, int StartOffset, int EndOffset)
{
    public static readonly SourceSpan FileStart = new(1, 1, 1, 1, 0, 0);

    public bool Contains(SourceSpan other) =>
        StartOffset <= other.StartOffset && other.EndOffset <= EndOffset;

    public static SourceSpan Cover(SourceSpan first, SourceSpan last) =>
        new(first.StartLine, first.StartColumn, last.EndLine, last.EndColumn, first.StartOffset, last.EndOffset);

    public override string ToString() => $"({StartLine},{StartColumn},{EndLine},{EndColumn})";
}
