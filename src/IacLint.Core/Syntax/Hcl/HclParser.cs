using System.Runtime.CompilerServices;
using System.Globalization;
using System.Text;

namespace IacLint.Syntax.Hcl;

/// <summary>
/// Recursive-descent parser for HCL native syntax (hcl-native-syntax-spec.md) over <see cref="HclLexer"/> tokens.
/// Every node keeps its span. Errors are diagnostics; after one, the parser skips to the next line at the same
/// nesting and goes on, so one bad block does not hide the rest of the file. Nesting is bounded, so hostile input
/// cannot overflow the stack.
/// </summary>
public sealed class HclParser
{
    public const int MaxDepth = 256;

    private readonly SourceText _source;
    private readonly string _text;
    private readonly HclToken[] _tokens;
    private readonly IReadOnlyList<SourceComment> _comments;
    private readonly List<SyntaxDiagnostic> _diagnostics;
    private readonly HclNames _names;
    // The items of the lists being parsed, at every nesting level at once (see ListBuilder).
    private readonly ListBuilder<HclAttribute> _attributes = new();
    private readonly ListBuilder<HclBlock> _blocks = new();
    private readonly ListBuilder<HclLabel> _labels = new();
    private readonly ListBuilder<HclExpression> _expressions = new();
    private readonly ListBuilder<HclObjectItem> _objectItems = new();
    private int _index;
    private int _skipNewlines;
    private int _depth;
    // Whether the comments between the previous token and the current one count as read (see PreviousEnd).
    private bool _readPastComments;

    private HclParser(SourceText source, HclToken[] tokens, IReadOnlyList<SourceComment> comments, List<SyntaxDiagnostic> diagnostics)
    {
        _source = source;
        _text = source.Text;
        _tokens = tokens;
        _comments = comments;
        _diagnostics = diagnostics;
        _names = HclNames.ForThisThread;
    }

    // One token buffer per thread, reused from file to file: a scan parses thousands of files, and a fresh buffer
    // each time is most of the parser's garbage. Taken while in use, so a nested parse gets its own.
    [ThreadStatic]
    private static HclToken[]? t_tokenBuffer;

    // A bigger buffer (a file of more than about 250 KB) is not kept: it would stay allocated for the thread's life.
    private const int PooledTokenBufferLimit = 1 << 16;

    private static HclToken[] RentTokenBuffer()
    {
        var buffer = t_tokenBuffer ?? new HclToken[4096];
        t_tokenBuffer = null;
        return buffer;
    }

    private static void ReturnTokenBuffer(HclToken[] buffer)
    {
        if (buffer.Length <= PooledTokenBufferLimit) t_tokenBuffer = buffer;
    }

    public static HclFile Parse(SourceText source)
    {
        var diagnostics = new List<SyntaxDiagnostic>();
        var (tokens, _, comments) = HclLexer.Lex(source, RentTokenBuffer(), diagnostics);
        try
        {
            var parser = new HclParser(source, tokens, comments, diagnostics);
            var body = parser.ParseBody(topLevel: true);
            if (diagnostics.Count > 1) diagnostics.Sort((a, b) => a.Span.StartOffset.CompareTo(b.Span.StartOffset));
            return new HclFile(source, body, diagnostics, comments);
        }
        finally
        {
            ReturnTokenBuffer(tokens);
        }
    }

    /// <summary>Parses a single expression (used for tests and <c>terraform console</c>-like evaluation).</summary>
    public static (HclExpression Expression, IReadOnlyList<SyntaxDiagnostic> Diagnostics) ParseExpression(SourceText source)
    {
        var diagnostics = new List<SyntaxDiagnostic>();
        var (tokens, _, comments) = HclLexer.Lex(source, RentTokenBuffer(), diagnostics);
        var parser = new HclParser(source, tokens, comments, diagnostics);
        parser._skipNewlines++;
        try
        {
            var expression = parser.ParseExpression();
            if (parser.Peek().Kind != HclTokenKind.EndOfFile) parser.Error(parser.Peek(), "Extra characters after expression");
            return (expression, diagnostics);
        }
        catch (ParseException)
        {
            return (new HclInvalidExpression(source.GetSpan(0, source.Text.Length)), diagnostics);
        }
        finally
        {
            ReturnTokenBuffer(tokens);
        }
    }

    /// <summary>Parses a whole text as a template (Terraform's JSON syntax strings): literal text with
    /// interpolations and directives, no surrounding quotes; backslashes are not escapes here.</summary>
    public static (HclExpression Expression, IReadOnlyList<SyntaxDiagnostic> Diagnostics) ParseTemplate(SourceText source)
    {
        var diagnostics = new List<SyntaxDiagnostic>();
        var (tokens, _) = HclLexer.LexTemplate(source, RentTokenBuffer(), diagnostics);
        var parser = new HclParser(source, tokens, [], diagnostics);
        try
        {
            var parts = new List<Part>();
            while (parser.Peek().Kind != HclTokenKind.EndOfFile)
            {
                var token = parser.Peek();
                if (token.Kind == HclTokenKind.HeredocLiteral)
                {
                    parser.Next();
                    var text = source.Text.Substring(token.Start, token.Length)
                        .Replace("$${", "${", StringComparison.Ordinal).Replace("%%{", "%{", StringComparison.Ordinal);
                    parts.Add(new Part { Kind = PartKind.Literal, Text = text, Start = token.Start, End = token.End });
                }
                else if (token.Kind is HclTokenKind.TemplateInterpolation or HclTokenKind.TemplateControl)
                {
                    parts.Add(parser.ParseTemplateSequence());
                }
                else
                {
                    throw parser.Fail(token, "Unexpected token in template");
                }
            }
            var template = parser.BuildTemplate(parts, 0, source.Text.Length, isHeredoc: true);
            // A template that is exactly one interpolation yields that expression's value, as in quoted templates.
            if (template is HclTemplate { Parts: [var only] } && parts.Count == 1 && parts[0].Kind == PartKind.Interpolation)
            {
                return (new HclTemplateWrap(template.Span, only), diagnostics);
            }
            return (template, diagnostics);
        }
        catch (ParseException)
        {
            return (new HclInvalidExpression(source.GetSpan(0, source.Text.Length)), diagnostics);
        }
        finally
        {
            ReturnTokenBuffer(tokens);
        }
    }

    // ---- tokens ------------------------------------------------------------------------------------------------

    /// <summary>The current token, past newlines where they do not count (inside brackets).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private HclToken Peek()
    {
        var token = _tokens[_index];
        return token.Kind == HclTokenKind.Newline && _skipNewlines > 0 ? Peek(0) : token;
    }

    private HclToken Peek(int ahead)
    {
        var i = _index;
        while (true)
        {
            var token = _tokens[i];
            if (token.Kind == HclTokenKind.Newline && _skipNewlines > 0)
            {
                i++;
                continue;
            }
            if (ahead == 0) return token;
            ahead--;
            if (token.Kind == HclTokenKind.EndOfFile) return token;
            i++;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private HclToken Next()
    {
        while (true)
        {
            var token = _tokens[_index];
            if (token.Kind == HclTokenKind.EndOfFile)
            {
                _readPastComments = true;
                return token;
            }
            _index++;
            if (token.Kind == HclTokenKind.Newline && _skipNewlines > 0) continue;
            _readPastComments = false;
            return token;
        }
    }

    /// <summary>The end of what has been read: the previous token, or a comment after it that recovery or the end of
    /// the file stepped over (comments are not tokens, but a body's span has always ended after such a comment).</summary>
    private int PreviousEnd()
    {
        var end = _tokens[Math.Max(0, _index - 1)].End;
        if (!_readPastComments || _index == 0) return end;
        var next = _tokens[_index].Start;
        for (var i = _comments.Count - 1; i >= 0; i--)
        {
            var comment = _comments[i].Span;
            if (comment.EndOffset <= next) return comment.StartOffset >= end ? comment.EndOffset : end;
        }
        return end;
    }

    /// <summary>A name's text, shared with every earlier occurrence of the same name on this thread.</summary>
    private string Text(HclToken token) => _names.Get(_text.AsSpan(token.Start, token.Length));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsSymbol(HclToken token, char symbol) =>
        token.Kind == HclTokenKind.Symbol && token.Length == 1 && _text[token.Start] == symbol;

    private bool IsSymbol(HclToken token, string symbol) =>
        token.Kind == HclTokenKind.Symbol && token.Length == symbol.Length && string.CompareOrdinal(_text, token.Start, symbol, 0, symbol.Length) == 0;

    private bool IsIdentifier(HclToken token, string name) =>
        token.Kind == HclTokenKind.Identifier && token.Length == name.Length && string.CompareOrdinal(_text, token.Start, name, 0, name.Length) == 0;

    private SourceSpan Span(HclToken token) => _source.GetSpan(token.Start, token.End);

    private SourceSpan Span(int start, int end) => _source.GetSpan(start, end);

    private void Error(HclToken token, string message) =>
        _diagnostics.AddBounded(new SyntaxDiagnostic(message, _source.GetSpan(token.Start, Math.Max(token.End, Math.Min(token.Start + 1, _text.Length)))));

    /// <summary><c>foo.0.1</c> lexes as foo . "0.1": HashiCorp's parser refuses chained legacy indexes.</summary>
    private void LegacyIndex(HclToken number)
    {
        var text = Text(number);
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0) Error(number, $"Invalid legacy index syntax; When using the legacy index syntax, chaining two indexes together is not permitted. Use the proper index syntax instead, like [{text[..dot]}][{text[(dot + 1)..]}].");
    }

    private sealed class ParseException : Exception;

    private ParseException Fail(HclToken token, string message)
    {
        Error(token, message);
        return new ParseException();
    }

    private HclToken Expect(char symbol, string message)
    {
        var token = Peek();
        if (!IsSymbol(token, symbol)) throw Fail(token, message);
        return Next();
    }

    private HclToken Expect(string symbol, string message)
    {
        var token = Peek();
        if (!IsSymbol(token, symbol)) throw Fail(token, message);
        return Next();
    }

    /// <summary>Skips to the end of the current line at the current bracket depth (the recovery point).</summary>
    private void RecoverToEndOfLine()
    {
        var saved = _skipNewlines;
        _skipNewlines = 0;
        var depth = 0;
        while (true)
        {
            var token = _tokens[_index];
            if (token.Kind == HclTokenKind.EndOfFile) break;
            if (token.Kind == HclTokenKind.Newline && depth <= 0)
            {
                break;
            }
            if (token.Kind == HclTokenKind.Symbol)
            {
                var c = _text[token.Start];
                if (c is '(' or '[' or '{') depth++;
                else if (c is ')' or ']' or '}')
                {
                    if (depth == 0 && c == '}') break; // leave the enclosing block's brace
                    depth--;
                }
            }
            else if (token.Kind is HclTokenKind.TemplateInterpolation or HclTokenKind.TemplateControl) depth++;
            else if (token.Kind == HclTokenKind.TemplateSequenceEnd) depth--;
            _index++;
        }
        _readPastComments = true;
        _skipNewlines = saved;
    }

    /// <summary>
    /// A stack of the items of every list being parsed: a list is the run above the count it started at, copied to an
    /// array of its exact size when it ends. Syntax trees live for the whole scan, and a List (its own object and a
    /// backing array with room to spare) for each body, block's labels and argument list was a good part of them.
    /// Whoever starts a run truncates back to its start when done, on failure too.
    /// </summary>
    private sealed class ListBuilder<T>
    {
        private T[] _items = new T[16];

        public int Count { get; private set; }

        public void Add(T item)
        {
            if (Count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
            _items[Count++] = item;
        }

        public ReadOnlySpan<T> Since(int start) => _items.AsSpan(start, Count - start);

        public T[] ToArray(int start) => Count == start ? [] : _items.AsSpan(start, Count - start).ToArray();

        public void Truncate(int start)
        {
            if (start >= Count) return;
            Array.Clear(_items, start, Count - start);
            Count = start;
        }
    }

    // ---- structure ---------------------------------------------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private HclBody ParseBody(bool topLevel)
    {
        var saved = _skipNewlines;
        _skipNewlines = 0;
        var attributes = _attributes;
        var blocks = _blocks;
        var firstAttribute = attributes.Count;
        var firstBlock = blocks.Count;
        Dictionary<string, HclAttribute>? names = null;
        var start = Peek().Start;
        try
        {
            while (true)
            {
                var token = Peek();
                if (token.Kind == HclTokenKind.Newline)
                {
                    Next();
                    continue;
                }
                if (token.Kind == HclTokenKind.EndOfFile) break;
                if (!topLevel && IsSymbol(token, '}')) break;
                try
                {
                    if (token.Kind != HclTokenKind.Identifier)
                    {
                        throw Fail(token, "Argument or block definition required; an argument or block definition is required here");
                    }
                    var item = ParseBodyItem();
                    if (item is HclAttribute attribute)
                    {
                        if (FirstOfName(attributes.Since(firstAttribute), ref names, attribute.Name) is { } first)
                        {
                            _diagnostics.AddBounded(new SyntaxDiagnostic(
                                $"Attribute redefined; the argument \"{attribute.Name}\" was already set at line {first.NameSpan.StartLine}",
                                attribute.NameSpan));
                        }
                        else
                        {
                            names?.Add(attribute.Name, attribute);
                        }
                        attributes.Add(attribute);
                    }
                    else
                    {
                        blocks.Add((HclBlock)item);
                    }
                }
                catch (ParseException)
                {
                    RecoverToEndOfLine();
                    var after = Peek();
                    if (after.Kind == HclTokenKind.Symbol && IsSymbol(after, '}') && topLevel) Next();
                }
            }
            _skipNewlines = saved;
            var end = Math.Max(start, PreviousEnd());
            return new HclBody(Span(start, topLevel ? _text.Length : end), attributes.ToArray(firstAttribute), blocks.ToArray(firstBlock));
        }
        finally
        {
            attributes.Truncate(firstAttribute);
            blocks.Truncate(firstBlock);
        }
    }

    /// <summary>The first attribute already in the body with that name: a scan while the body is small, then a
    /// dictionary (built once) so a body of thousands of attributes stays linear.</summary>
    private static HclAttribute? FirstOfName(ReadOnlySpan<HclAttribute> attributes, ref Dictionary<string, HclAttribute>? byName, string name)
    {
        if (byName is null)
        {
            if (attributes.Length < 16)
            {
                foreach (var attribute in attributes)
                {
                    if (attribute.Name == name) return attribute;
                }
                return null;
            }
            byName = new Dictionary<string, HclAttribute>(StringComparer.Ordinal);
            foreach (var attribute in attributes) byName.TryAdd(attribute.Name, attribute);
        }
        return byName.GetValueOrDefault(name);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private HclNode ParseBodyItem()
    {
        var nameToken = Next();
        var name = Text(nameToken);
        var next = Peek();
        if (IsSymbol(next, '='))
        {
            Next();
            var value = ParseExpression();
            var end = Peek();
            if (end.Kind is not (HclTokenKind.Newline or HclTokenKind.EndOfFile))
            {
                throw Fail(end, "Missing newline after argument; an argument definition must end with a newline");
            }
            var nameSpan = Span(nameToken);
            return new HclAttribute(SourceSpan.Cover(nameSpan, value.Span), name, nameSpan, value);
        }

        var labels = _labels;
        var firstLabel = labels.Count;
        try
        {
            while (true)
            {
                next = Peek();
                if (next.Kind == HclTokenKind.Identifier)
                {
                    Next();
                    labels.Add(new HclLabel(Text(next), Span(next)));
                    continue;
                }
                if (next.Kind == HclTokenKind.OpenQuote)
                {
                    labels.Add(ParseLabel());
                    continue;
                }
                break;
            }
            if (!IsSymbol(next, '{'))
            {
                throw labels.Count == firstLabel
                    ? Fail(next, "Invalid argument or block definition; an equals sign \"=\" must follow an argument name, or an opening brace \"{\" a block's type and labels")
                    : Fail(next, "Invalid block definition; a block's labels must be followed by an opening brace \"{\"");
            }
            var open = Next();
            if (++_depth > MaxDepth)
            {
                _depth--;
                throw Fail(open, $"Blocks are nested more than {MaxDepth} levels deep");
            }
            try
            {
                HclBody body;
                HclToken close;
                var afterOpen = Peek();
                if (afterOpen.Kind == HclTokenKind.Newline)
                {
                    body = ParseBody(topLevel: false);
                    if (!IsSymbol(Peek(), '}')) throw Fail(open, "Unclosed configuration block; there is no closing brace for this block before the end of the file");
                    close = Next();
                }
                else
                {
                    try
                    {
                        body = ParseSingleLineBody(open);
                        close = Next();
                    }
                    catch (ParseException)
                    {
                        // Skip the rest of the block, as HashiCorp's parser does, so the lines it spans add no errors.
                        close = SkipPastMatchingBrace();
                        var typeSpan = Span(nameToken);
                        return new HclBlock(SourceSpan.Cover(typeSpan, Span(close)), name, typeSpan, labels.ToArray(firstLabel), new HclBody(Span(open.End, close.Start), [], []));
                    }
                }
                var end = Peek();
                if (end.Kind is not (HclTokenKind.Newline or HclTokenKind.EndOfFile))
                {
                    throw Fail(end, "Missing newline after block definition; a block definition must end with a newline");
                }
                var blockTypeSpan = Span(nameToken);
                return new HclBlock(SourceSpan.Cover(blockTypeSpan, Span(close)), name, blockTypeSpan, labels.ToArray(firstLabel), body);
            }
            finally
            {
                _depth--;
            }
        }
        finally
        {
            labels.Truncate(firstLabel);
        }
    }

    /// <summary>Skips tokens until the brace that closes the block we are in, and returns it (or the end of file).</summary>
    private HclToken SkipPastMatchingBrace()
    {
        var depth = 1;
        while (true)
        {
            var token = _tokens[_index];
            if (token.Kind == HclTokenKind.EndOfFile)
            {
                _readPastComments = true;
                return token;
            }
            _index++;
            _readPastComments = false;
            if (token.Kind == HclTokenKind.Symbol)
            {
                if (_text[token.Start] == '{') depth++;
                else if (_text[token.Start] == '}' && --depth == 0) return token;
            }
            else if (token.Kind is HclTokenKind.TemplateInterpolation or HclTokenKind.TemplateControl) depth++;
            else if (token.Kind == HclTokenKind.TemplateSequenceEnd) depth--;
        }
    }

    private HclBody ParseSingleLineBody(HclToken open)
    {
        var next = Peek();
        if (IsSymbol(next, '}')) return new HclBody(Span(open.End, next.Start), [], []);
        if (next.Kind != HclTokenKind.Identifier) throw Fail(next, "Invalid single-line block definition; a single-line block can contain only one argument definition");
        var nameToken = Next();
        if (!IsSymbol(Peek(), '='))
        {
            throw Fail(Peek(), "Invalid single-line block definition; a single-line block cannot contain a nested block");
        }
        Next();
        var value = ParseExpression();
        var close = Peek();
        if (!IsSymbol(close, '}'))
        {
            throw Fail(close, close.Kind == HclTokenKind.Newline
                ? "Unclosed single-line block; the closing brace must be on the same line"
                : "Invalid single-line block definition; a single-line block can contain only one argument definition");
        }
        var nameSpan = Span(nameToken);
        var attribute = new HclAttribute(SourceSpan.Cover(nameSpan, value.Span), Text(nameToken), nameSpan, value);
        return new HclBody(Span(open.End, close.Start), [attribute], []);
    }

    private HclLabel ParseLabel()
    {
        var open = Next();
        // The usual label, one literal run: no builder needed.
        if (_tokens[_index] is { Kind: HclTokenKind.QuotedLiteral } literal && _tokens[_index + 1] is { Kind: HclTokenKind.CloseQuote } closeQuote)
        {
            _index += 2;
            _readPastComments = false;
            return new HclLabel(Normalize(Unescape(literal, quoted: true)), Span(open.Start, closeQuote.End));
        }
        var builder = new StringBuilder();
        while (true)
        {
            var token = Next();
            switch (token.Kind)
            {
                case HclTokenKind.QuotedLiteral:
                    builder.Append(Normalize(Unescape(token, quoted: true)));
                    continue;
                case HclTokenKind.CloseQuote:
                    return new HclLabel(builder.ToString(), Span(open.Start, token.End));
                case HclTokenKind.TemplateInterpolation or HclTokenKind.TemplateControl:
                    throw Fail(token, "Invalid block label; template sequences are not allowed in block labels");
                default:
                    throw Fail(token, "Invalid block label; expected a quoted string");
            }
        }
    }

    // ---- expressions -------------------------------------------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private HclExpression ParseExpression()
    {
        if (++_depth > MaxDepth)
        {
            _depth--;
            throw Fail(Peek(), $"Expression is nested more than {MaxDepth} levels deep");
        }
        try
        {
            var condition = ParseBinary(0);
            if (!IsSymbol(Peek(), '?')) return condition;
            Next();
            var whenTrue = ParseExpression();
            Expect(':', "Missing false expression in conditional; the conditional operator needs a colon ':' and a result for false");
            var whenFalse = ParseExpression();
            return new HclConditional(Cover(condition, whenFalse), condition, whenTrue, whenFalse);
        }
        finally
        {
            _depth--;
        }
    }

    /// <summary>The binary operator a token is and its precedence (0 binds loosest: ||, &&, equality, comparison,
    /// additive, multiplicative), or null.</summary>
    private (string Op, int Level)? BinaryOperator(HclToken token)
    {
        if (token.Kind != HclTokenKind.Symbol) return null;
        var c = _text[token.Start];
        if (token.Length == 2)
        {
            var d = _text[token.Start + 1];
            return (c, d) switch
            {
                ('|', '|') => ("||", 0),
                ('&', '&') => ("&&", 1),
                ('=', '=') => ("==", 2),
                ('!', '=') => ("!=", 2),
                ('<', '=') => ("<=", 3),
                ('>', '=') => (">=", 3),
                _ => null,
            };
        }
        if (token.Length != 1) return null;
        return c switch
        {
            '<' => ("<", 3),
            '>' => (">", 3),
            '+' => ("+", 4),
            '-' => ("-", 4),
            '*' => ("*", 5),
            '/' => ("/", 5),
            '%' => ("%", 5),
            _ => null,
        };
    }

    /// <summary>Precedence climbing: operators at <paramref name="minLevel"/> or tighter, left-associative.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private HclExpression ParseBinary(int minLevel)
    {
        var left = ParseUnary();
        while (BinaryOperator(Peek()) is { } op && op.Level >= minLevel)
        {
            Next();
            if (++_depth > MaxDepth)
            {
                _depth--;
                throw Fail(Peek(), $"Expression is nested more than {MaxDepth} levels deep");
            }
            try
            {
                var right = ParseBinary(op.Level + 1);
                left = new HclBinary(Cover(left, right), op.Op, left, right);
            }
            finally
            {
                _depth--;
            }
        }
        return left;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private HclExpression ParseUnary()
    {
        var token = Peek();
        if (IsSymbol(token, '!') || IsSymbol(token, '-'))
        {
            Next();
            if (++_depth > MaxDepth)
            {
                _depth--;
                throw Fail(token, $"Expression is nested more than {MaxDepth} levels deep");
            }
            try
            {
                var operand = ParseUnary();
                return new HclUnary(SourceSpan.Cover(Span(token), operand.Span), Text(token), operand);
            }
            finally
            {
                _depth--;
            }
        }
        return ParsePostfix(ParsePrimary());
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private HclExpression ParsePostfix(HclExpression expression)
    {
        while (true)
        {
            var token = Peek();
            if (IsSymbol(token, '.'))
            {
                var after = Peek(1);
                if (after.Kind == HclTokenKind.Identifier)
                {
                    Next();
                    Next();
                    var nameSpan = Span(after);
                    expression = new HclGetAttribute(SourceSpan.Cover(expression.Span, nameSpan), expression, Text(after), nameSpan);
                    continue;
                }
                if (after.Kind == HclTokenKind.Number)
                {
                    Next();
                    Next();
                    LegacyIndex(after);
                    var key = new HclLiteral(Span(after), HclLiteralKind.Number, Text(after));
                    expression = new HclIndex(SourceSpan.Cover(expression.Span, key.Span), expression, key);
                    continue;
                }
                if (IsSymbol(after, '*'))
                {
                    Next();
                    var star = Next();
                    expression = ParseSplat(expression, star, attributeOnly: true);
                    continue;
                }
                throw Fail(after, "Invalid attribute name; an attribute name is required after a dot");
            }
            if (IsSymbol(token, '['))
            {
                if (IsSymbol(Peek(1), '*') && IsSymbol(Peek(2), ']'))
                {
                    Next();
                    Next();
                    var close = Next();
                    expression = ParseSplat(expression, close, attributeOnly: false);
                    continue;
                }
                Next();
                _skipNewlines++;
                try
                {
                    var key = ParseExpression();
                    var close = Expect(']', "Missing close bracket on index; the index operator must end with a closing bracket \"]\"");
                    expression = new HclIndex(SourceSpan.Cover(expression.Span, Span(close)), expression, key);
                }
                finally
                {
                    _skipNewlines--;
                }
                continue;
            }
            return expression;
        }
    }

    /// <summary>Collects the traversal after <c>[*]</c> (attributes and indexes) or <c>.*</c> (attributes only) as the
    /// per-element expression.</summary>
    private HclExpression ParseSplat(HclExpression source, HclToken marker, bool attributeOnly)
    {
        HclExpression each = new HclSplatItem(Span(marker));
        var end = marker.End;
        while (true)
        {
            var token = Peek();
            if (IsSymbol(token, '.') && Peek(1).Kind == HclTokenKind.Identifier)
            {
                Next();
                var name = Next();
                each = new HclGetAttribute(Span(marker.Start, name.End), each, Text(name), Span(name));
                end = name.End;
                continue;
            }
            if (IsSymbol(token, '.') && Peek(1).Kind == HclTokenKind.Number && !attributeOnly)
            {
                Next();
                var number = Next();
                LegacyIndex(number);
                each = new HclIndex(Span(marker.Start, number.End), each, new HclLiteral(Span(number), HclLiteralKind.Number, Text(number)));
                end = number.End;
                continue;
            }
            if (!attributeOnly && IsSymbol(token, '[') && !(IsSymbol(Peek(1), '*') && IsSymbol(Peek(2), ']')))
            {
                Next();
                _skipNewlines++;
                try
                {
                    var key = ParseExpression();
                    var close = Expect(']', "Missing close bracket on index");
                    each = new HclIndex(Span(marker.Start, close.End), each, key);
                    end = close.End;
                }
                finally
                {
                    _skipNewlines--;
                }
                continue;
            }
            break;
        }
        return new HclSplat(Span(source.Span.StartOffset, end), source, each, attributeOnly);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private HclExpression ParsePrimary()
    {
        var token = Peek();
        switch (token.Kind)
        {
            case HclTokenKind.Number:
                Next();
                if (_text.AsSpan(token.Start, token.Length).Count('.') > 1) Error(token, "Invalid number literal; Failed to recognize the value of this number literal.");
                return new HclLiteral(Span(token), HclLiteralKind.Number, Text(token));
            case HclTokenKind.Identifier:
                return ParseIdentifierExpression();
            case HclTokenKind.OpenQuote:
                return ParseQuotedTemplate();
            case HclTokenKind.OpenHeredoc:
                return ParseHeredocTemplate();
            case HclTokenKind.Symbol when IsSymbol(token, '('):
            {
                Next();
                _skipNewlines++;
                try
                {
                    var inner = ParseExpression();
                    var close = Expect(')', "Unbalanced parentheses; expected a closing parenthesis");
                    return new HclParentheses(Span(token.Start, close.End), inner);
                }
                finally
                {
                    _skipNewlines--;
                }
            }
            case HclTokenKind.Symbol when IsSymbol(token, '['):
                return ParseTuple();
            case HclTokenKind.Symbol when IsSymbol(token, '{'):
                return ParseObject();
            case HclTokenKind.Newline or HclTokenKind.EndOfFile:
                throw Fail(token, "Invalid expression; expected the start of an expression, but found the end of the line");
            default:
                throw Fail(token, "Invalid expression; expected the start of an expression, but found an invalid expression token");
        }
    }

    private HclExpression ParseIdentifierExpression()
    {
        var token = Next();
        var name = Text(token);
        var next = Peek();
        if (IsSymbol(next, "::") || IsSymbol(next, '('))
        {
            // Function call, possibly namespaced (provider::aws::arn_parse).
            var nameEnd = token.End;
            while (IsSymbol(Peek(), "::"))
            {
                Next();
                var part = Next();
                if (part.Kind != HclTokenKind.Identifier) throw Fail(part, "Invalid function name; expected a name after '::'");
                nameEnd = part.End;
            }
            var fullName = _names.Get(_text.AsSpan(token.Start, nameEnd - token.Start));
            Expect('(', "Function calls need an opening parenthesis after the name");
            return ParseCallArguments(fullName, Span(token.Start, nameEnd));
        }
        return name switch
        {
            "true" => new HclLiteral(Span(token), HclLiteralKind.Bool, "true"),
            "false" => new HclLiteral(Span(token), HclLiteralKind.Bool, "false"),
            "null" => new HclLiteral(Span(token), HclLiteralKind.Null, null),
            _ => new HclVariable(Span(token), name),
        };
    }

    private HclFunctionCall ParseCallArguments(string name, SourceSpan nameSpan)
    {
        var arguments = _expressions;
        var firstArgument = arguments.Count;
        _skipNewlines++;
        try
        {
            var expand = false;
            while (true)
            {
                var token = Peek();
                if (IsSymbol(token, ')'))
                {
                    Next();
                    return new HclFunctionCall(SourceSpan.Cover(nameSpan, Span(token)), name, nameSpan, arguments.ToArray(firstArgument), expand);
                }
                if (expand) throw Fail(token, "Missing closing parenthesis; an expanded function argument (with ...) must be the last argument");
                arguments.Add(ParseExpression());
                var next = Peek();
                if (IsSymbol(next, "..."))
                {
                    Next();
                    expand = true;
                    next = Peek();
                }
                if (IsSymbol(next, ','))
                {
                    Next();
                    continue;
                }
                if (!IsSymbol(next, ')')) throw Fail(next, "Missing argument separator; a comma is required between function arguments");
            }
        }
        finally
        {
            _skipNewlines--;
            arguments.Truncate(firstArgument);
        }
    }

    private HclExpression ParseTuple()
    {
        var open = Next();
        var items = _expressions;
        var firstItem = items.Count;
        _skipNewlines++;
        try
        {
            if (IsIdentifier(Peek(), "for") && Peek(1).Kind == HclTokenKind.Identifier) return ParseFor(open, isObject: false);
            while (true)
            {
                var token = Peek();
                if (IsSymbol(token, ']'))
                {
                    Next();
                    return new HclTuple(Span(open.Start, token.End), items.ToArray(firstItem));
                }
                items.Add(ParseExpression());
                var next = Peek();
                if (IsSymbol(next, ','))
                {
                    Next();
                    continue;
                }
                if (!IsSymbol(next, ']')) throw Fail(next, "Missing item separator; expected a comma or a closing bracket");
            }
        }
        finally
        {
            _skipNewlines--;
            items.Truncate(firstItem);
        }
    }

    private HclExpression ParseObject()
    {
        var open = Next();
        if (IsIdentifier(WithNewlinesSkipped(() => Peek()), "for") && WithNewlinesSkipped(() => Peek(1)).Kind == HclTokenKind.Identifier)
        {
            _skipNewlines++;
            try
            {
                return ParseFor(open, isObject: true);
            }
            finally
            {
                _skipNewlines--;
            }
        }
        var saved = _skipNewlines;
        _skipNewlines = 0;
        var items = _objectItems;
        var firstItem = items.Count;
        try
        {
            while (true)
            {
                var token = Peek();
                if (token.Kind == HclTokenKind.Newline)
                {
                    Next();
                    continue;
                }
                if (IsSymbol(token, '}'))
                {
                    Next();
                    return new HclObject(Span(open.Start, token.End), items.ToArray(firstItem));
                }
                if (token.Kind == HclTokenKind.EndOfFile) throw Fail(token, "Missing closing brace for the object that starts here");

                HclExpression key;
                var bare = token.Kind == HclTokenKind.Identifier && (IsSymbol(Peek(1), '=') || IsSymbol(Peek(1), ':'));
                if (bare)
                {
                    Next();
                    key = new HclVariable(Span(token), Text(token));
                }
                else
                {
                    key = ParseExpression();
                }
                var separator = Peek();
                if (!IsSymbol(separator, '=') && !IsSymbol(separator, ':'))
                {
                    throw Fail(separator, "Missing key/value separator; expected an equals sign \"=\" after the key");
                }
                Next();
                var value = ParseExpression();
                items.Add(new HclObjectItem(key, value, bare));
                var next = Peek();
                if (IsSymbol(next, ',') || next.Kind == HclTokenKind.Newline)
                {
                    Next();
                    continue;
                }
                if (!IsSymbol(next, '}')) throw Fail(next, "Missing attribute separator; expected a newline or comma after an attribute value");
            }
        }
        finally
        {
            _skipNewlines = saved;
            items.Truncate(firstItem);
        }
    }

    private T WithNewlinesSkipped<T>(Func<T> read)
    {
        _skipNewlines++;
        try
        {
            return read();
        }
        finally
        {
            _skipNewlines--;
        }
    }

    private HclFor ParseFor(HclToken open, bool isObject)
    {
        Next(); // for
        var first = Next();
        string? keyVariable = null;
        var valueVariable = Text(first);
        if (IsSymbol(Peek(), ','))
        {
            Next();
            var second = Next();
            if (second.Kind != HclTokenKind.Identifier) throw Fail(second, "Invalid 'for' expression; expected a name for the value variable after the comma");
            keyVariable = valueVariable;
            valueVariable = Text(second);
        }
        if (!IsIdentifier(Peek(), "in")) throw Fail(Peek(), "Invalid 'for' expression; the 'in' keyword must follow the variable names");
        Next();
        var collection = ParseExpression();
        Expect(':', "Invalid 'for' expression; a colon must follow the collection expression");
        HclExpression? keyExpression = null;
        if (isObject)
        {
            keyExpression = ParseExpression();
            Expect("=>", "Invalid 'for' expression; an object 'for' needs '=>' between the key and the value");
        }
        var valueExpression = ParseExpression();
        var grouping = false;
        if (isObject && IsSymbol(Peek(), "..."))
        {
            Next();
            grouping = true;
        }
        HclExpression? condition = null;
        if (IsIdentifier(Peek(), "if"))
        {
            Next();
            condition = ParseExpression();
        }
        var close = Expect(isObject ? '}' : ']', isObject ? "Invalid 'for' expression; expected a closing brace" : "Invalid 'for' expression; expected a closing bracket");
        return new HclFor(Span(open.Start, close.End), keyVariable, valueVariable, collection, keyExpression, valueExpression, condition, grouping);
    }

    // ---- templates ---------------------------------------------------------------------------------------------

    private enum PartKind : byte
    {
        Literal,
        Interpolation,
        If,
        Else,
        EndIf,
        For,
        EndFor,
    }

    /// <summary>A flat template element before directives are nested and strip markers applied.</summary>
    private sealed class Part
    {
        public PartKind Kind;
        public string Text = "";
        public int Start;
        public int End;
        public HclExpression? Expression;
        public string? KeyVariable;
        public string? ValueVariable;
        public bool StripBefore;
        public bool StripAfter;
        public bool LineStart;
    }

    private HclExpression ParseQuotedTemplate()
    {
        var open = Next();
        // The usual string, one literal run or none: the template BuildTemplate would make, without the parts.
        var first = _tokens[_index];
        if (first.Kind == HclTokenKind.CloseQuote)
        {
            Next();
            return new HclTemplate(Span(open.Start, first.End), [], isHeredoc: false);
        }
        if (first.Kind == HclTokenKind.QuotedLiteral && _tokens[_index + 1] is { Kind: HclTokenKind.CloseQuote } closeQuote)
        {
            _index += 2;
            _readPastComments = false;
            var text = Normalize(Unescape(first, quoted: true));
            return new HclTemplate(
                Span(open.Start, closeQuote.End),
                text.Length > 0 ? [new HclLiteral(Span(first), HclLiteralKind.String, text)] : [],
                isHeredoc: false);
        }
        var parts = new List<Part>();
        while (true)
        {
            var token = Peek();
            if (token.Kind == HclTokenKind.CloseQuote)
            {
                Next();
                return BuildTemplate(parts, open.Start, token.End, isHeredoc: false);
            }
            if (token.Kind == HclTokenKind.QuotedLiteral)
            {
                Next();
                parts.Add(new Part { Kind = PartKind.Literal, Text = Normalize(Unescape(token, quoted: true)), Start = token.Start, End = token.End });
                continue;
            }
            if (token.Kind is HclTokenKind.TemplateInterpolation or HclTokenKind.TemplateControl)
            {
                parts.Add(ParseTemplateSequence());
                continue;
            }
            throw Fail(token, "Unterminated template string; no closing quote");
        }
    }

    private HclExpression ParseHeredocTemplate()
    {
        var open = Next();
        var flush = _text[open.Start + 2] == '-';
        var parts = new List<Part>();
        var lineStart = true;
        var saved = _skipNewlines;
        _skipNewlines = 0;
        try
        {
            while (true)
            {
                var token = Peek();
                if (token.Kind == HclTokenKind.CloseHeredoc)
                {
                    Next();
                    if (flush) FlushIndentation(parts);
                    return BuildTemplate(parts, open.Start, token.End, isHeredoc: true);
                }
                if (token.Kind == HclTokenKind.HeredocLiteral)
                {
                    Next();
                    var text = _text.Substring(token.Start, token.Length)
                        .Replace("$${", "${", StringComparison.Ordinal)
                        .Replace("%%{", "%{", StringComparison.Ordinal);
                    text = Normalize(text);
                    parts.Add(new Part { Kind = PartKind.Literal, Text = text, Start = token.Start, End = token.End, LineStart = lineStart });
                    lineStart = text.EndsWith('\n');
                    continue;
                }
                if (token.Kind is HclTokenKind.TemplateInterpolation or HclTokenKind.TemplateControl)
                {
                    var part = ParseTemplateSequence();
                    part.LineStart = lineStart;
                    lineStart = false;
                    parts.Add(part);
                    continue;
                }
                throw Fail(token, "Unterminated heredoc; the closing marker was not found");
            }
        }
        finally
        {
            _skipNewlines = saved;
        }
    }

    /// <summary>For <c>&lt;&lt;-</c>: removes the smallest indentation of the non-blank lines from every line-leading literal.
    /// A line that starts with an interpolation counts as not indented.</summary>
    private static void FlushIndentation(List<Part> parts)
    {
        var min = int.MaxValue;
        foreach (var part in parts)
        {
            if (!part.LineStart) continue;
            if (part.Kind != PartKind.Literal)
            {
                min = 0;
                continue;
            }
            var spaces = 0;
            while (spaces < part.Text.Length && IsIndentation(part.Text[spaces])) spaces++;
            var blank = part.Text.AsSpan(spaces).TrimEnd("\r\n").IsEmpty && part.Text.EndsWith('\n');
            if (!blank) min = Math.Min(min, spaces);
        }
        if (min is 0 or int.MaxValue) return;
        foreach (var part in parts)
        {
            if (!part.LineStart || part.Kind != PartKind.Literal) continue;
            var remove = 0;
            while (remove < min && remove < part.Text.Length && IsIndentation(part.Text[remove])) remove++;
            part.Text = part.Text[remove..];
        }
    }

    /// <summary>Any Unicode space counts as indentation, as in HashiCorp's parser; line breaks do not.</summary>
    private static bool IsIndentation(char c) => c is not ('\n' or '\r') && char.IsWhiteSpace(c);

    private Part ParseTemplateSequence()
    {
        var open = Next();
        var stripBefore = open.Length == 3;
        _skipNewlines++;
        try
        {
            Part part;
            if (open.Kind == HclTokenKind.TemplateInterpolation)
            {
                var expression = ParseExpression();
                part = new Part { Kind = PartKind.Interpolation, Expression = expression };
            }
            else
            {
                var keyword = Next();
                switch (keyword.Kind == HclTokenKind.Identifier ? Text(keyword) : "")
                {
                    case "if":
                        part = new Part { Kind = PartKind.If, Expression = ParseExpression() };
                        break;
                    case "else":
                        part = new Part { Kind = PartKind.Else };
                        break;
                    case "endif":
                        part = new Part { Kind = PartKind.EndIf };
                        break;
                    case "endfor":
                        part = new Part { Kind = PartKind.EndFor };
                        break;
                    case "for":
                    {
                        var first = Next();
                        string? key = null;
                        var value = Text(first);
                        if (IsSymbol(Peek(), ','))
                        {
                            Next();
                            key = value;
                            value = Text(Next());
                        }
                        if (!IsIdentifier(Peek(), "in")) throw Fail(Peek(), "Invalid template 'for' directive; expected 'in'");
                        Next();
                        part = new Part { Kind = PartKind.For, KeyVariable = key, ValueVariable = value, Expression = ParseExpression() };
                        break;
                    }
                    default:
                        throw Fail(keyword, "Invalid template directive; expected if, else, endif, for or endfor");
                }
            }
            var close = Peek();
            if (close.Kind != HclTokenKind.TemplateSequenceEnd)
            {
                throw Fail(close, open.Kind == HclTokenKind.TemplateInterpolation
                    ? "Extra characters after interpolation expression; expected a closing brace to end the interpolation"
                    : "Extra characters in template directive; expected a closing brace");
            }
            Next();
            part.Start = open.Start;
            part.End = close.End;
            part.StripBefore = stripBefore;
            part.StripAfter = close.Length == 2;
            return part;
        }
        finally
        {
            _skipNewlines--;
        }
    }

    private HclExpression BuildTemplate(List<Part> parts, int start, int end, bool isHeredoc)
    {
        // Strip markers trim the whitespace of the neighbouring literals.
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            if (part.Kind == PartKind.Literal) continue;
            if (part.StripBefore && i > 0 && parts[i - 1].Kind == PartKind.Literal) parts[i - 1].Text = parts[i - 1].Text.TrimEnd();
            if (part.StripAfter && i + 1 < parts.Count && parts[i + 1].Kind == PartKind.Literal) parts[i + 1].Text = parts[i + 1].Text.TrimStart();
        }
        var index = 0;
        var body = BuildSequence(parts, ref index, start, end, isHeredoc, out var terminator);
        if (terminator is not null)
        {
            var part = parts[index - 1];
            _diagnostics.AddBounded(new SyntaxDiagnostic($"Unexpected '{terminator}' directive; there is no open directive it could end", Span(part.Start, part.End)));
        }
        var span = Span(start, end);
        if (!isHeredoc && body.Parts.Count == 1 && body.Parts[0] is not (HclLiteral or HclTemplateIf or HclTemplateFor) && parts.Count == 1)
        {
            return new HclTemplateWrap(span, body.Parts[0]);
        }
        return new HclTemplate(span, body.Parts, isHeredoc);
    }

    private HclTemplate BuildSequence(List<Part> parts, ref int index, int start, int end, bool isHeredoc, out string? terminator)
    {
        var result = _expressions;
        var first = result.Count;
        terminator = null;
        try
        {
            while (index < parts.Count)
            {
                var part = parts[index++];
                switch (part.Kind)
                {
                    case PartKind.Literal:
                        if (part.Text.Length > 0) result.Add(new HclLiteral(Span(part.Start, part.End), HclLiteralKind.String, part.Text));
                        break;
                    case PartKind.Interpolation:
                        result.Add(part.Expression!);
                        break;
                    case PartKind.If:
                    {
                        var whenTrue = BuildSequence(parts, ref index, part.End, end, isHeredoc, out var t1);
                        HclTemplate? whenFalse = null;
                        var closeEnd = index > 0 ? parts[index - 1].End : end;
                        if (t1 == "else")
                        {
                            whenFalse = BuildSequence(parts, ref index, parts[index - 1].End, end, isHeredoc, out var t2);
                            closeEnd = index > 0 ? parts[index - 1].End : end;
                            if (t2 != "endif") Unclosed(part, "if", "endif");
                        }
                        else if (t1 != "endif")
                        {
                            Unclosed(part, "if", "endif");
                        }
                        result.Add(new HclTemplateIf(Span(part.Start, closeEnd), part.Expression!, whenTrue, whenFalse));
                        break;
                    }
                    case PartKind.For:
                    {
                        var forBody = BuildSequence(parts, ref index, part.End, end, isHeredoc, out var t);
                        if (t != "endfor") Unclosed(part, "for", "endfor");
                        var closeEnd = index > 0 ? parts[index - 1].End : end;
                        result.Add(new HclTemplateFor(Span(part.Start, closeEnd), part.KeyVariable, part.ValueVariable!, part.Expression!, forBody));
                        break;
                    }
                    case PartKind.Else:
                        terminator = "else";
                        return new HclTemplate(Span(start, part.Start), result.ToArray(first), isHeredoc);
                    case PartKind.EndIf:
                        terminator = "endif";
                        return new HclTemplate(Span(start, part.Start), result.ToArray(first), isHeredoc);
                    case PartKind.EndFor:
                        terminator = "endfor";
                        return new HclTemplate(Span(start, part.Start), result.ToArray(first), isHeredoc);
                }
            }
            return new HclTemplate(Span(start, end), result.ToArray(first), isHeredoc);
        }
        finally
        {
            result.Truncate(first);
        }
    }

    private void Unclosed(Part part, string directive, string closer) =>
        _diagnostics.AddBounded(new SyntaxDiagnostic($"Unterminated template directive; the '{directive}' directive has no '{closer}'", Span(part.Start, part.End)));

    private string Unescape(HclToken token, bool quoted)
    {
        var raw = _text.AsSpan(token.Start, token.Length);
        if (raw.IndexOfAny('\\', '$', '%') < 0) return _names.Get(raw);
        var builder = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if ((c == '$' || c == '%') && i + 2 < raw.Length && raw[i + 1] == c && raw[i + 2] == '{')
            {
                builder.Append(c).Append('{');
                i += 2;
                continue;
            }
            if (c != '\\' || !quoted)
            {
                builder.Append(c);
                continue;
            }
            if (i + 1 >= raw.Length)
            {
                Error(token, "Invalid escape sequence; a backslash at the end of a string must be escaped");
                break;
            }
            var e = raw[++i];
            switch (e)
            {
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case 'u' or 'U':
                {
                    var digits = e == 'u' ? 4 : 8;
                    if (raw.Length - (i + 1) >= digits &&
                        int.TryParse(raw.Slice(i + 1, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code) &&
                        code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF))
                    {
                        builder.Append(char.ConvertFromUtf32(code));
                        i += digits;
                    }
                    else
                    {
                        var at = token.Start + i - 1;
                        _diagnostics.AddBounded(new SyntaxDiagnostic($"Invalid escape sequence; '\\{e}' must be followed by {digits} hexadecimal digits of a Unicode character", Span(at, Math.Min(at + 2, _text.Length))));
                    }
                    break;
                }
                default:
                {
                    var at = token.Start + i - 1;
                    _diagnostics.AddBounded(new SyntaxDiagnostic($"Invalid escape sequence; the symbol \"{e}\" cannot be escaped", Span(at, Math.Min(at + 2, _text.Length))));
                    builder.Append(e);
                    break;
                }
            }
        }
        return builder.ToString();
    }

    /// <summary>HCL string literals are Unicode NFC-normalised, so "an\u0303os" and "años" are the same value.</summary>
    private static string Normalize(string text) =>
        System.Text.Ascii.IsValid(text) || text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    private static SourceSpan Cover(HclNode first, HclNode last) => SourceSpan.Cover(first.Span, last.Span);
}
