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

/// <summary>A file's syntax errors are bounded: a megabyte of stray characters is one error a character, and a
/// million of them cost memory and time for nothing.</summary>
public static class SyntaxDiagnostics
{
    public const int MaxPerFile = 1000;

    public static void AddBounded(this List<SyntaxDiagnostic> diagnostics, SyntaxDiagnostic diagnostic)
    {
        if (diagnostics.Count < MaxPerFile) diagnostics.Add(diagnostic);
        else if (diagnostics.Count == MaxPerFile) diagnostics.Add(new SyntaxDiagnostic($"More than {MaxPerFile} syntax errors; the rest of this file's errors are not reported", diagnostic.Span));
    }
}
