namespace IacLint.Syntax;

/// <summary>A reader's complaint about its input, at a position. Readers report these; they never throw.</summary>
public sealed record SyntaxDiagnostic(string Message, SourceSpan Span);

/// <summary>A comment as written in the source, without its delimiters; suppressions are read from these.</summary>
public sealed record SourceComment(string Text, SourceSpan Span);

/// <summary>What a data-format reader produced from one file.</summary>
public sealed record DataDocument(
    SourceText Source,
    DataNode? Root,
    IReadOnlyList<SyntaxDiagnostic> Diagnostics,
    IReadOnlyList<SourceComment> Comments)
{
    public bool HasErrors => Diagnostics.Count > 0;
}
