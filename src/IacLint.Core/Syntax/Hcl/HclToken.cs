namespace IacLint.Syntax.Hcl;

public enum HclTokenKind : byte
{
    EndOfFile,
    Newline,
    Identifier,
    Number,
    /// <summary>Punctuation and operators; the text says which.</summary>
    Symbol,
    OpenQuote,
    CloseQuote,
    /// <summary>A literal run inside a quoted template, still escaped.</summary>
    QuotedLiteral,
    /// <summary><c>${</c> or <c>${~</c>.</summary>
    TemplateInterpolation,
    /// <summary><c>%{</c> or <c>%{~</c>.</summary>
    TemplateControl,
    /// <summary>The <c>}</c> or <c>~}</c> that ends an interpolation or directive.</summary>
    TemplateSequenceEnd,
    /// <summary><c>&lt;&lt;EOF</c> or <c>&lt;&lt;-EOF</c> with its newline.</summary>
    OpenHeredoc,
    CloseHeredoc,
    /// <summary>A literal run inside a heredoc: at most one line, ending with its newline if it has one.</summary>
    HeredocLiteral,
    Invalid,
}

/// <summary>A token as offsets into the source; its text is never copied unless asked for.</summary>
public readonly record struct HclToken(HclTokenKind Kind, int Start, int End)
{
    public int Length => End - Start;
}
