using System.Globalization;
using System.Text;

namespace IacLint.Syntax.Json;

/// <summary>Which dialect of JSON to accept.</summary>
/// <param name="AllowComments">Skip <c>//</c> and <c>/* */</c> comments (they are still collected).</param>
/// <param name="AllowTrailingCommas">Accept a comma before a closing bracket or brace.</param>
/// <param name="MaxDepth">Deepest nesting of objects and arrays accepted.</param>
public sealed record JsonReaderOptions(bool AllowComments, bool AllowTrailingCommas, int MaxDepth)
{
    /// <summary>
    /// What the .NET JSON configuration provider accepts: System.Text.Json with comments skipped, trailing commas
    /// allowed and its default maximum depth of 64.
    /// </summary>
    public static readonly JsonReaderOptions DotNetConfiguration = new(true, true, 64);

    /// <summary>Strict RFC 8259 JSON with a generous depth bound.</summary>
    public static readonly JsonReaderOptions Strict = new(false, false, 512);
}

/// <summary>
/// A hand-written JSON reader that keeps the span of every node and collects comments. It stops at the first error,
/// as System.Text.Json does, and reports it as a positioned diagnostic instead of throwing.
/// </summary>
public sealed class JsonReader
{
    private readonly SourceText _source;
    private readonly string _text;
    private readonly JsonReaderOptions _options;
    private readonly List<SourceComment> _comments = [];
    private int _position;
    private int _depth;

    private JsonReader(SourceText source, JsonReaderOptions options)
    {
        _source = source;
        _text = source.Text;
        _options = options;
    }

    public static DataDocument Read(SourceText source, JsonReaderOptions options)
    {
        var reader = new JsonReader(source, options);
        try
        {
            reader.SkipTrivia();
            if (reader._position >= reader._text.Length)
            {
                throw reader.Error("The input does not contain any JSON tokens", reader._position);
            }
            var root = reader.ReadValue();
            reader.SkipTrivia();
            if (reader._position < reader._text.Length)
            {
                throw reader.Error(
                    $"'{Describe(reader._text[reader._position])}' is invalid after a single JSON value; expected end of data",
                    reader._position);
            }
            return new DataDocument(source, root, [], reader._comments);
        }
        catch (JsonSyntaxException e)
        {
            return new DataDocument(source, null, [e.Diagnostic], reader._comments);
        }
    }

    private DataNode ReadValue()
    {
        var c = _text[_position];
        switch (c)
        {
            case '{':
                return ReadObject();
            case '[':
                return ReadArray();
            case '"':
            {
                var start = _position;
                var value = ReadString();
                return new DataScalar(_source.GetSpan(start, _position), ScalarKind.String, value);
            }
            case 't':
                return ReadLiteral("true", ScalarKind.Boolean, "true");
            case 'f':
                return ReadLiteral("false", ScalarKind.Boolean, "false");
            case 'n':
                return ReadLiteral("null", ScalarKind.Null, null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) return ReadNumber();
                throw Error($"'{Describe(c)}' is an invalid start of a value", _position);
        }
    }

    private DataObject ReadObject()
    {
        var start = _position;
        Enter(start);
        _position++; // {
        var properties = new List<DataProperty>();
        SkipTrivia();
        if (Peek() == '}')
        {
            _position++;
            return Exit(new DataObject(_source.GetSpan(start, _position), properties));
        }
        while (true)
        {
            if (AtEnd) throw Error("Expected a property name or '}' but reached the end of the data", _position);
            if (_text[_position] != '"')
            {
                throw Error($"'{Describe(_text[_position])}' is an invalid start of a property name; expected '\"'", _position);
            }
            var nameStart = _position;
            var name = ReadString();
            var nameSpan = _source.GetSpan(nameStart, _position);
            SkipTrivia();
            if (Peek() != ':') throw Error($"Expected ':' after the property name \"{name}\"", _position);
            _position++;
            SkipTrivia();
            if (AtEnd) throw Error("Expected a value but reached the end of the data", _position);
            var value = ReadValue();
            properties.Add(new DataProperty(name, nameSpan, value));
            SkipTrivia();
            var next = Peek();
            if (next == ',')
            {
                _position++;
                SkipTrivia();
                if (Peek() == '}')
                {
                    if (!_options.AllowTrailingCommas) throw Error("A trailing comma is not allowed before '}'", _position);
                    _position++;
                    break;
                }
                continue;
            }
            if (next == '}')
            {
                _position++;
                break;
            }
            throw AtEnd
                ? Error("Expected ',' or '}' but reached the end of the data", _position)
                : Error($"'{Describe(_text[_position])}' is invalid after a property value; expected ',' or '}}'", _position);
        }
        return Exit(new DataObject(_source.GetSpan(start, _position), properties));
    }

    private DataArray ReadArray()
    {
        var start = _position;
        Enter(start);
        _position++; // [
        var items = new List<DataNode>();
        SkipTrivia();
        if (Peek() == ']')
        {
            _position++;
            return Exit(new DataArray(_source.GetSpan(start, _position), items));
        }
        while (true)
        {
            if (AtEnd) throw Error("Expected a value or ']' but reached the end of the data", _position);
            items.Add(ReadValue());
            SkipTrivia();
            var next = Peek();
            if (next == ',')
            {
                _position++;
                SkipTrivia();
                if (Peek() == ']')
                {
                    if (!_options.AllowTrailingCommas) throw Error("A trailing comma is not allowed before ']'", _position);
                    _position++;
                    break;
                }
                continue;
            }
            if (next == ']')
            {
                _position++;
                break;
            }
            throw AtEnd
                ? Error("Expected ',' or ']' but reached the end of the data", _position)
                : Error($"'{Describe(_text[_position])}' is invalid after a value; expected ',' or ']'", _position);
        }
        return Exit(new DataArray(_source.GetSpan(start, _position), items));
    }

    private void Enter(int at)
    {
        if (++_depth > _options.MaxDepth)
        {
            throw Error($"The maximum nesting depth of {_options.MaxDepth} has been exceeded", at);
        }
    }

    private T Exit<T>(T node)
    {
        _depth--;
        return node;
    }

    private string ReadString()
    {
        var start = _position;
        _position++; // opening quote
        var runStart = _position;
        StringBuilder? builder = null;
        while (true)
        {
            if (AtEnd) throw Error("A string is not closed before the end of the data", start);
            var c = _text[_position];
            if (c == '"')
            {
                string result;
                if (builder is null)
                {
                    result = _text.Substring(runStart, _position - runStart);
                }
                else
                {
                    builder.Append(_text, runStart, _position - runStart);
                    result = builder.ToString();
                }
                _position++;
                return result;
            }
            if (c < 0x20)
            {
                throw Error($"The control character {Describe(c)} must be escaped inside a string", _position);
            }
            if (c != '\\')
            {
                _position++;
                continue;
            }
            builder ??= new StringBuilder();
            builder.Append(_text, runStart, _position - runStart);
            var escapeStart = _position;
            _position++;
            if (AtEnd) throw Error("A string is not closed before the end of the data", start);
            var e = _text[_position];
            switch (e)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (_position + 4 >= _text.Length ||
                        !ushort.TryParse(_text.AsSpan(_position + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        throw Error("A \\u escape needs four hexadecimal digits", escapeStart);
                    }
                    builder.Append((char)code);
                    _position += 4;
                    break;
                default:
                    throw Error($"'\\{Describe(e)}' is not a valid escape in a string", escapeStart);
            }
            _position++;
            runStart = _position;
        }
    }

    private DataScalar ReadNumber()
    {
        var start = _position;
        if (Peek() == '-') _position++;
        if (AtEnd || !IsDigit(_text[_position])) throw Error("A number needs a digit after '-'", _position);
        if (_text[_position] == '0')
        {
            _position++;
            if (!AtEnd && IsDigit(_text[_position])) throw Error("A number cannot have a leading zero", start);
        }
        else
        {
            while (!AtEnd && IsDigit(_text[_position])) _position++;
        }
        if (Peek() == '.')
        {
            _position++;
            if (AtEnd || !IsDigit(_text[_position])) throw Error("A number needs a digit after the decimal point", _position);
            while (!AtEnd && IsDigit(_text[_position])) _position++;
        }
        if (Peek() is 'e' or 'E')
        {
            _position++;
            if (Peek() is '+' or '-') _position++;
            if (AtEnd || !IsDigit(_text[_position])) throw Error("A number needs a digit in its exponent", _position);
            while (!AtEnd && IsDigit(_text[_position])) _position++;
        }
        if (!AtEnd && !IsDelimiter(_text[_position]))
        {
            throw Error($"'{Describe(_text[_position])}' is invalid within a number", _position);
        }
        return new DataScalar(_source.GetSpan(start, _position), ScalarKind.Number, _text.Substring(start, _position - start));
    }

    private DataScalar ReadLiteral(string literal, ScalarKind kind, string? value)
    {
        var start = _position;
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0 ||
            (_position + literal.Length < _text.Length && !IsDelimiter(_text[_position + literal.Length])))
        {
            throw Error($"'{Describe(_text[_position])}' is an invalid start of a value; expected '{literal}'", start);
        }
        _position += literal.Length;
        return new DataScalar(_source.GetSpan(start, _position), kind, value);
    }

    private void SkipTrivia()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                _position++;
                continue;
            }
            if (c != '/') return;
            if (!_options.AllowComments) throw Error("Comments are not allowed in this JSON file", _position);
            var start = _position;
            var next = _position + 1 < _text.Length ? _text[_position + 1] : '\0';
            if (next == '/')
            {
                var end = _position + 2;
                while (end < _text.Length && _text[end] != '\n' && _text[end] != '\r') end++;
                _comments.Add(new SourceComment(_text.Substring(start + 2, end - start - 2), _source.GetSpan(start, end)));
                _position = end;
            }
            else if (next == '*')
            {
                var close = _text.IndexOf("*/", _position + 2, StringComparison.Ordinal);
                if (close < 0) throw Error("A comment is not closed before the end of the data", start);
                _comments.Add(new SourceComment(_text.Substring(start + 2, close - start - 2), _source.GetSpan(start, close + 2)));
                _position = close + 2;
            }
            else
            {
                throw Error("'/' is not the start of a comment", start);
            }
        }
    }

    private bool AtEnd => _position >= _text.Length;

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsDelimiter(char c) => c is ' ' or '\t' or '\n' or '\r' or ',' or ']' or '}' or '/';

    private static string Describe(char c) => c < 0x20 ? $"0x{(int)c:X2}" : c.ToString();

    private JsonSyntaxException Error(string message, int offset)
    {
        var end = Math.Min(offset + 1, _text.Length);
        return new JsonSyntaxException(new SyntaxDiagnostic(message, _source.GetSpan(offset, end)));
    }

    /// <summary>Unwinds the reader to <see cref="Read"/> on the first error; never escapes this class.</summary>
    private sealed class JsonSyntaxException(SyntaxDiagnostic diagnostic) : Exception(diagnostic.Message)
    {
        public SyntaxDiagnostic Diagnostic { get; } = diagnostic;
    }
}
