using System.Buffers;
using System.Runtime.CompilerServices;
namespace IacLint.Syntax.Hcl;

/// <summary>
/// Turns HCL native syntax into tokens in one pass over the text, with a mode stack for the places where the
/// language nests (expressions inside templates inside expressions). Never throws: bad characters become
/// <see cref="HclTokenKind.Invalid"/> tokens and problems become diagnostics.
/// </summary>
public sealed class HclLexer
{
    private enum Mode : byte
    {
        Normal,
        Quoted,
        Heredoc,
    }

    private readonly struct Frame(Mode mode, string? marker = null)
    {
        public Mode Mode { get; } = mode;
        public string? Marker { get; } = marker;
        public int Braces { get; init; }
    }

    // The characters that can end a literal run: everything else is skipped by a vectorised search.
    private static readonly SearchValues<char> QuotedStops = SearchValues.Create("\"\\\n\r$%");
    private static readonly SearchValues<char> HeredocStops = SearchValues.Create("\n\r$%");

    private readonly SourceText _source;
    private readonly string _text;
    private HclToken[] _tokens;
    private int _count;
    private readonly List<SyntaxDiagnostic> _diagnostics;
    private List<SourceComment>? _comments;
    private readonly Stack<Frame> _modes = new();
    private int _position;

    private HclLexer(SourceText source, HclToken[] buffer, List<SyntaxDiagnostic> diagnostics)
    {
        _source = source;
        _text = source.Text;
        _tokens = buffer;
        _diagnostics = diagnostics;
    }

    /// <summary>The tokens of a text; comments are not tokens (the parser has no use for them) but come out in
    /// <c>Comments</c>.</summary>
    public static (IReadOnlyList<HclToken> Tokens, IReadOnlyList<SyntaxDiagnostic> Diagnostics, IReadOnlyList<SourceComment> Comments) Lex(SourceText source)
    {
        var diagnostics = new List<SyntaxDiagnostic>();
        var (tokens, count, comments) = Lex(source, new HclToken[source.Text.Length / 8 + 16], diagnostics);
        return (new ArraySegment<HclToken>(tokens, 0, count), diagnostics, comments);
    }

    /// <summary>Lexes into <paramref name="buffer"/> (grown when too small, so the returned array may be another one),
    /// adding problems to <paramref name="diagnostics"/>; the parser passes a buffer it reuses from file to file.</summary>
    internal static (HclToken[] Tokens, int Count, IReadOnlyList<SourceComment> Comments) Lex(SourceText source, HclToken[] buffer, List<SyntaxDiagnostic> diagnostics)
    {
        var lexer = new HclLexer(source, buffer, diagnostics);
        lexer._modes.Push(new Frame(Mode.Normal));
        lexer.Run(templateOnly: false);
        return (lexer._tokens, lexer._count, lexer._comments ?? (IReadOnlyList<SourceComment>)[]);
    }

    /// <summary>Lexes a whole text as template content (no quotes, no heredoc marker), as Terraform's JSON syntax
    /// reads string values; its literal runs come out as <see cref="HclTokenKind.HeredocLiteral"/>.</summary>
    internal static (HclToken[] Tokens, int Count) LexTemplate(SourceText source, HclToken[] buffer, List<SyntaxDiagnostic> diagnostics)
    {
        var lexer = new HclLexer(source, buffer, diagnostics);
        lexer._modes.Push(new Frame(Mode.Normal));
        lexer._modes.Push(new Frame(Mode.Heredoc, "\0"));
        lexer.Run(templateOnly: true);
        return (lexer._tokens, lexer._count);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Run(bool templateOnly)
    {
        while (_position < _text.Length)
        {
            switch (_modes.Count == 1 ? Mode.Normal : _modes.Peek().Mode)
            {
                case Mode.Normal: LexNormalRun(); break;
                case Mode.Quoted: LexQuoted(); break;
                case Mode.Heredoc: LexHeredoc(); break;
            }
        }
        if (_modes.Count > (templateOnly ? 2 : 1))
        {
            var frame = _modes.Peek();
            var message = frame.Mode switch
            {
                Mode.Quoted => "Unterminated template string; no closing quote before the end of the file",
                Mode.Heredoc => $"Unterminated heredoc; no line with only '{frame.Marker}' before the end of the file",
                _ => "Unterminated template interpolation; no closing brace before the end of the file",
            };
            _diagnostics.AddBounded(new SyntaxDiagnostic(message, _source.GetSpan(_text.Length, _text.Length)));
        }
        Add(HclTokenKind.EndOfFile, _text.Length, _text.Length);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Add(HclTokenKind kind, int start, int end)
    {
        if (_count == _tokens.Length) Grow();
        _tokens[_count++] = new HclToken(kind, start, end);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow() => Array.Resize(ref _tokens, Math.Max(64, _tokens.Length * 2));

    /// <summary>Spaces, line breaks and names, the bulk of a configuration, in one tight loop; anything else is one
    /// step of <see cref="LexNormal"/>, after which the mode may have changed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void LexNormalRun()
    {
        var text = _text;
        var p = _position;
        while (p < text.Length)
        {
            var c = text[p];
            if (c is ' ' or '\t')
            {
                p++;
                continue;
            }
            if (c == '\n')
            {
                Add(HclTokenKind.Newline, p, p + 1);
                p++;
                continue;
            }
            if (c < 0x80 && (AsciiIdentifier[c] & 1) != 0)
            {
                var start = p++;
                while (p < text.Length && IsIdentifierPart(text[p])) p++;
                Add(HclTokenKind.Identifier, start, p);
                continue;
            }
            _position = p;
            LexNormal();
            return;
        }
        _position = p;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void LexNormal()
    {
        var c = _text[_position];
        var start = _position;
        switch (c)
        {
            case ' ' or '\t':
            {
                var text = _text;
                var p = _position + 1;
                while (p < text.Length && text[p] is ' ' or '\t') p++;
                _position = p;
                return;
            }
            case '\n':
                _position++;
                Add(HclTokenKind.Newline, start, _position);
                return;
            case '\r':
                _position += Peek(1) == '\n' ? 2 : 1;
                Add(HclTokenKind.Newline, start, _position);
                return;
            case '#':
                LineComment(start, 1);
                return;
            case '/' when Peek(1) == '/':
                LineComment(start, 2);
                return;
            case '/' when Peek(1) == '*':
                BlockComment(start);
                return;
            case '"':
                _position++;
                Add(HclTokenKind.OpenQuote, start, _position);
                _modes.Push(new Frame(Mode.Quoted));
                return;
            case '<' when Peek(1) == '<' && TryHeredocStart(start):
                return;
            case '{':
                _position++;
                Add(HclTokenKind.Symbol, start, _position);
                BumpBraces(+1);
                return;
            case '~' when Peek(1) == '}' && _modes.Count > 1 && _modes.Peek().Braces == 0:
                _position += 2;
                Add(HclTokenKind.TemplateSequenceEnd, start, _position);
                _modes.Pop();
                return;
            case '}':
                _position++;
                if (_modes.Count > 1 && _modes.Peek().Braces == 0)
                {
                    Add(HclTokenKind.TemplateSequenceEnd, start, _position);
                    _modes.Pop();
                    return;
                }
                Add(HclTokenKind.Symbol, start, _position);
                BumpBraces(-1);
                return;
        }

        if (char.IsAsciiDigit(c))
        {
            LexNumber();
            return;
        }
        if (IsIdentifierStart(c))
        {
            var text = _text;
            var p = _position + 1;
            while (p < text.Length && IsIdentifierPart(text[p])) p++;
            _position = p;
            Add(HclTokenKind.Identifier, start, p);
            return;
        }

        var length = SymbolLength(c);
        if (length > 0)
        {
            _position += length;
            Add(HclTokenKind.Symbol, start, _position);
            return;
        }

        _position += char.IsHighSurrogate(c) && _position + 1 < _text.Length ? 2 : 1;
        Add(HclTokenKind.Invalid, start, _position);
        _diagnostics.AddBounded(new SyntaxDiagnostic(
            $"Invalid character '{_text[start.._position]}'; this character is not used within the language",
            _source.GetSpan(start, _position)));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int SymbolLength(char c)
    {
        var next = Peek(1);
        switch (c)
        {
            case '=' when next is '=' or '>':
            case '!' when next == '=':
            case '<' when next == '=':
            case '>' when next == '=':
            case '&' when next == '&':
            case '|' when next == '|':
            case ':' when next == ':':
                return 2;
            case '.' when next == '.' && Peek(2) == '.':
                return 3;
            case '+' or '-' or '*' or '/' or '%' or '<' or '>' or '!' or '=' or '?' or ':' or '.' or ',' or '[' or ']' or '(' or ')':
                return 1;
            default:
                return 0;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void LexNumber()
    {
        var start = _position;
        // HashiCorp's scanner takes Digit ('.'? Digit)*: "10.11.10.12" is one token, which the parser then rejects
        // as an invalid number literal (an unquoted CIDR is a mistake, not a division).
        while (_position < _text.Length && (char.IsAsciiDigit(_text[_position]) || (_text[_position] == '.' && char.IsAsciiDigit(Peek(1)))))
        {
            _position++;
        }
        if (Peek(0) is 'e' or 'E')
        {
            var save = _position;
            _position++;
            if (Peek(0) is '+' or '-') _position++;
            if (char.IsAsciiDigit(Peek(0)))
            {
                while (_position < _text.Length && char.IsAsciiDigit(_text[_position])) _position++;
            }
            else
            {
                _position = save;
            }
        }
        Add(HclTokenKind.Number, start, _position);
    }

    private void LineComment(int start, int markerLength)
    {
        var lineEnd = _text.AsSpan(start + markerLength).IndexOfAny('\n', '\r');
        var end = lineEnd < 0 ? _text.Length : start + markerLength + lineEnd;
        (_comments ??= []).Add(new SourceComment(_text.Substring(start + markerLength, end - start - markerLength), _source.GetSpan(start, end)));
        _position = end;
    }

    private void BlockComment(int start)
    {
        var close = _text.IndexOf("*/", start + 2, StringComparison.Ordinal);
        if (close < 0)
        {
            _diagnostics.AddBounded(new SyntaxDiagnostic("Unterminated comment; a /* comment has no closing */", _source.GetSpan(start, start + 2)));
            _position = _text.Length;
            return;
        }
        _position = close + 2;
        (_comments ??= []).Add(new SourceComment(_text.Substring(start + 2, close - start - 2), _source.GetSpan(start, _position)));
    }

    private bool TryHeredocStart(int start)
    {
        var p = start + 2;
        if (p < _text.Length && _text[p] == '-') p++;
        if (p >= _text.Length || !IsIdentifierStart(_text[p])) return false;
        var markerStart = p;
        while (p < _text.Length && IsIdentifierPart(_text[p])) p++;
        var marker = _text[markerStart..p];
        if (p < _text.Length && _text[p] == '\r' && p + 1 < _text.Length && _text[p + 1] == '\n') p += 2;
        else if (p < _text.Length && _text[p] == '\n') p++;
        else return false;
        _position = p;
        Add(HclTokenKind.OpenHeredoc, start, p);
        _modes.Push(new Frame(Mode.Heredoc, marker));
        return true;
    }

    private void BumpBraces(int delta)
    {
        if (_modes.Count <= 1) return;
        var frame = _modes.Pop();
        _modes.Push(frame with { Braces = Math.Max(0, frame.Braces + delta) });
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void LexQuoted()
    {
        var start = _position;
        while (SkipTo(QuotedStops))
        {
            var c = _text[_position];
            if (c == '"')
            {
                if (_position > start) Add(HclTokenKind.QuotedLiteral, start, _position);
                Add(HclTokenKind.CloseQuote, _position, _position + 1);
                _position++;
                _modes.Pop();
                return;
            }
            if (c == '\\')
            {
                _position += Math.Min(2, _text.Length - _position);
                continue;
            }
            if (c is '\n' or '\r')
            {
                // A quoted string cannot span lines; end it here so the rest of the file still parses.
                if (_position > start) Add(HclTokenKind.QuotedLiteral, start, _position);
                var lineEnd = c == '\r' && Peek(1) == '\n' ? _position + 2 : _position + 1;
                _diagnostics.AddBounded(new SyntaxDiagnostic(
                    "Invalid multi-line string; quoted strings may not be split over multiple lines (use a heredoc or a template with \\n)",
                    _source.GetSpan(start, lineEnd)));
                Add(HclTokenKind.CloseQuote, _position, _position);
                _modes.Pop();
                return;
            }
            if (SkipEscapedSequence()) continue;
            if (TryTemplateSequenceStart(start)) return;
            _position++;
        }
        if (_position > start) Add(HclTokenKind.QuotedLiteral, start, _position);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void LexHeredoc()
    {
        var frame = _modes.Peek();
        var lineStart = _position == 0 || _text[_position - 1] is '\n' or '\r';
        if (lineStart && IsClosingMarker(frame.Marker!, out var markerEnd))
        {
            Add(HclTokenKind.CloseHeredoc, _position, markerEnd);
            _position = markerEnd;
            _modes.Pop();
            return;
        }
        var start = _position;
        while (SkipTo(HeredocStops))
        {
            var c = _text[_position];
            if (c == '\n')
            {
                _position++;
                Add(HclTokenKind.HeredocLiteral, start, _position);
                return;
            }
            if (c == '\r' && Peek(1) == '\n')
            {
                _position += 2;
                Add(HclTokenKind.HeredocLiteral, start, _position);
                return;
            }
            if (SkipEscapedSequence()) continue;
            if (TryTemplateSequenceStart(start)) return;
            _position++;
        }
        if (_position > start) Add(HclTokenKind.HeredocLiteral, start, _position);
    }

    /// <summary>Moves to the next of the stop characters, or to the end of the text (false).</summary>
    private bool SkipTo(SearchValues<char> stops)
    {
        var skip = _text.AsSpan(_position).IndexOfAny(stops);
        if (skip < 0)
        {
            _position = _text.Length;
            return false;
        }
        _position += skip;
        return true;
    }

    /// <summary>At <c>$${</c> or <c>%%{</c>, the escaped forms that stay literal: steps over them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool SkipEscapedSequence()
    {
        var c = _text[_position];
        if (c is not ('$' or '%') || Peek(1) != c || Peek(2) != '{') return false;
        _position += 3;
        return true;
    }

    /// <summary>At <c>${</c> or <c>%{</c>: ends the literal run before it and switches to expression mode.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryTemplateSequenceStart(int literalStart)
    {
        var c = _text[_position];
        if (c is not ('$' or '%') || Peek(1) != '{') return false;
        if (_position > literalStart)
        {
            Add(_modes.Peek().Mode == Mode.Quoted ? HclTokenKind.QuotedLiteral : HclTokenKind.HeredocLiteral, literalStart, _position);
        }
        var start = _position;
        _position += Peek(2) == '~' ? 3 : 2;
        Add(c == '$' ? HclTokenKind.TemplateInterpolation : HclTokenKind.TemplateControl, start, _position);
        _modes.Push(new Frame(Mode.Normal));
        return true;
    }

    private bool IsClosingMarker(string marker, out int end)
    {
        var p = _position;
        while (p < _text.Length && _text[p] is ' ' or '\t') p++;
        end = p + marker.Length;
        if (end > _text.Length || string.CompareOrdinal(_text, p, marker, 0, marker.Length) != 0) return false;
        // HashiCorp's parser accepts spaces and tabs after the closing marker (POLICY␠␠).
        var q = end;
        while (q < _text.Length && _text[q] is ' ' or '\t') q++;
        if (q == _text.Length) return true;
        return _text[q] is '\n' or '\r';
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private char Peek(int offset) => _position + offset < _text.Length ? _text[_position + offset] : '\0';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsIdentifierStart(char c) => c < 0x80 ? (AsciiIdentifier[c] & 1) != 0 : char.IsLetter(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsIdentifierPart(char c) => c < 0x80 ? AsciiIdentifier[c] != 0 : char.IsLetterOrDigit(c);

    /// <summary>Per ASCII character: 1 starts an identifier (letters, '_'), 2 continues one (digits, '-'), 0 neither.</summary>
    private static ReadOnlySpan<byte> AsciiIdentifier =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];
}
