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

    private readonly SourceText _source;
    private readonly string _text;
    private readonly List<HclToken> _tokens;
    private readonly List<SyntaxDiagnostic> _diagnostics = [];
    private readonly List<SourceComment> _comments = [];
    private readonly Stack<Frame> _modes = new();
    private int _position;

    private HclLexer(SourceText source)
    {
        _source = source;
        _text = source.Text;
        _tokens = new List<HclToken>(_text.Length / 4 + 16);
    }

    public static (IReadOnlyList<HclToken> Tokens, IReadOnlyList<SyntaxDiagnostic> Diagnostics, IReadOnlyList<SourceComment> Comments) Lex(SourceText source)
    {
        var lexer = new HclLexer(source);
        lexer._modes.Push(new Frame(Mode.Normal));
        lexer.Run(templateOnly: false);
        return (lexer._tokens, lexer._diagnostics, lexer._comments);
    }

    /// <summary>Lexes a whole text as template content (no quotes, no heredoc marker), as Terraform's JSON syntax
    /// reads string values; its literal runs come out as <see cref="HclTokenKind.HeredocLiteral"/>.</summary>
    public static (IReadOnlyList<HclToken> Tokens, IReadOnlyList<SyntaxDiagnostic> Diagnostics) LexTemplate(SourceText source)
    {
        var lexer = new HclLexer(source);
        lexer._modes.Push(new Frame(Mode.Normal));
        lexer._modes.Push(new Frame(Mode.Heredoc, "\0"));
        lexer.Run(templateOnly: true);
        return (lexer._tokens, lexer._diagnostics);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Run(bool templateOnly)
    {
        while (_position < _text.Length)
        {
            switch (_modes.Count == 1 ? Mode.Normal : _modes.Peek().Mode)
            {
                case Mode.Normal: LexNormal(); break;
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
            _diagnostics.Add(new SyntaxDiagnostic(message, _source.GetSpan(_text.Length, _text.Length)));
        }
        _tokens.Add(new HclToken(HclTokenKind.EndOfFile, _text.Length, _text.Length));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Add(HclTokenKind kind, int start, int end) => _tokens.Add(new HclToken(kind, start, end));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void LexNormal()
    {
        var c = _text[_position];
        var start = _position;
        switch (c)
        {
            case ' ' or '\t':
                _position++;
                while (_position < _text.Length && _text[_position] is ' ' or '\t') _position++;
                return;
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
            _position++;
            while (_position < _text.Length && IsIdentifierPart(_text[_position])) _position++;
            Add(HclTokenKind.Identifier, start, _position);
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
        _diagnostics.Add(new SyntaxDiagnostic(
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
        var end = start + markerLength;
        while (end < _text.Length && _text[end] != '\n' && _text[end] != '\r') end++;
        Add(HclTokenKind.Comment, start, end);
        _comments.Add(new SourceComment(_text.Substring(start + markerLength, end - start - markerLength), _source.GetSpan(start, end)));
        _position = end;
    }

    private void BlockComment(int start)
    {
        var close = _text.IndexOf("*/", start + 2, StringComparison.Ordinal);
        if (close < 0)
        {
            _diagnostics.Add(new SyntaxDiagnostic("Unterminated comment; a /* comment has no closing */", _source.GetSpan(start, start + 2)));
            _position = _text.Length;
            return;
        }
        _position = close + 2;
        Add(HclTokenKind.Comment, start, _position);
        _comments.Add(new SourceComment(_text.Substring(start + 2, close - start - 2), _source.GetSpan(start, _position)));
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
        while (_position < _text.Length)
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
                _diagnostics.Add(new SyntaxDiagnostic(
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
        while (_position < _text.Length)
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

    public static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c == '_' || (c > 0x7f && char.IsLetter(c));

    public static bool IsIdentifierPart(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' || (c > 0x7f && char.IsLetterOrDigit(c));
}
