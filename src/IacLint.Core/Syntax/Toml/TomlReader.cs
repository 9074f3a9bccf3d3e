using System.Globalization;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace IacLint.Syntax.Toml;

/// <summary>
/// Reads TOML with Tomlyn's syntax parser and turns it into the shared <see cref="DataNode"/> tree: tables and dotted
/// keys become nested objects, arrays of tables become arrays, every node keeps its span. Tomlyn's diagnostics (bad
/// syntax, a key defined twice) become positioned diagnostics.
/// </summary>
public static class TomlReader
{
    public static DataDocument Read(SourceText source)
    {
        DocumentSyntax document;
        try
        {
            document = SyntaxParser.Parse(source.Text, source.Path, true);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Tomlyn reports errors as diagnostics; this guards the promise that no reader throws.
            return new DataDocument(source, null, [new SyntaxDiagnostic($"TOML could not be read: {e.Message}", SourceSpan.FileStart)], []);
        }

        var comments = new List<SourceComment>();
        CollectComments(document, source, comments);

        var diagnostics = new List<SyntaxDiagnostic>();
        // Only the first error: the parser's later ones are mostly knock-on effects of it (one missing quote makes
        // five), and its positions after a first error are guesses.
        if (document.Diagnostics.FirstOrDefault(m => m.Kind == DiagnosticMessageKind.Error) is { } first)
        {
            return new DataDocument(source, null, [new SyntaxDiagnostic(Explain(first.Message), ToSpan(source, first.Span))], comments);
        }

        var root = new TableBuilder(ToSpan(source, document.Span));
        AddKeyValues(source, root, document.KeyValues, diagnostics);
        foreach (var table in document.Tables)
        {
            var path = KeyParts(source, table.Name!);
            var headerSpan = ToSpan(source, table.Name!.Span);
            TableBuilder target;
            if (table is TableArraySyntax)
            {
                var parent = Descend(root, path.Take(path.Count - 1), diagnostics);
                var (name, nameSpan) = path[^1];
                if (parent is null) continue;
                if (!parent.Members.TryGetValue(name, out var member))
                {
                    member = new Member(nameSpan, new ArrayBuilder(headerSpan));
                    parent.Members[name] = member;
                    parent.Order.Add(name);
                }
                if (member.Node is not ArrayBuilder array)
                {
                    diagnostics.Add(new SyntaxDiagnostic($"'{name}' is not an array of tables", nameSpan));
                    continue;
                }
                target = new TableBuilder(ToSpan(source, table.Span));
                array.Items.Add(target);
            }
            else
            {
                var found = Descend(root, path, diagnostics, ToSpan(source, table.Span));
                if (found is null) continue;
                target = found;
            }
            AddKeyValues(source, target, table.Items, diagnostics);
        }
        return new DataDocument(source, diagnostics.Count > 0 ? null : root.Build(), diagnostics, comments);
    }

    /// <summary>The parser's message in words a user acts on: what is missing, not which token was expected.</summary>
    internal static string Explain(string message)
    {
        if (message.Contains("closing `]` for an array", StringComparison.Ordinal)) return "TOML syntax: an array is not closed; a ']' is missing";
        if (message.Contains("expecting `]`", StringComparison.Ordinal) || message.Contains("expecting `]]`", StringComparison.Ordinal))
        {
            return "TOML syntax: a table header is not closed; a ']' is missing";
        }
        if (message.Contains("expecting a value", StringComparison.Ordinal)) return "TOML syntax: a value is missing after '='";
        if (message.Contains("string literal", StringComparison.Ordinal) || message.Contains("newline in a string", StringComparison.Ordinal))
        {
            return "TOML syntax: a string is not closed; the closing quote is missing on this line";
        }
        if (message.Contains("Expecting `=` after a key", StringComparison.Ordinal)) return "TOML syntax: a key must be followed by '=' and a value";
        if (message.Contains("is already defined", StringComparison.Ordinal))
        {
            var start = message.IndexOf('`');
            var end = start < 0 ? -1 : message.IndexOf('`', start + 1);
            return end > start ? $"TOML: the key '{message[(start + 1)..end]}' is defined twice" : "TOML: a key is defined twice";
        }
        // Anything else: the parser's words without its token names.
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < message.Length; i++)
        {
            if (message.AsSpan(i).StartsWith(" (token: ", StringComparison.Ordinal) && message.IndexOf(')', i) is var close and > 0)
            {
                i = close;
                continue;
            }
            text.Append(message[i] == '`' ? '\'' : message[i]);
        }
        return "TOML syntax: " + text.ToString().Replace("␤", "end of line", StringComparison.Ordinal);
    }

    private static void AddKeyValues(SourceText source, TableBuilder table, IEnumerable<KeyValueSyntax> keyValues, List<SyntaxDiagnostic> diagnostics)
    {
        foreach (var keyValue in keyValues)
        {
            if (keyValue.Key is null || keyValue.Value is null) continue;
            var path = KeyParts(source, keyValue.Key);
            var parent = Descend(table, path.Take(path.Count - 1), diagnostics);
            if (parent is null) continue;
            var (name, nameSpan) = path[^1];
            if (parent.Members.ContainsKey(name))
            {
                diagnostics.Add(new SyntaxDiagnostic($"The key '{name}' is defined more than once", nameSpan));
                continue;
            }
            parent.Members[name] = new Member(nameSpan, Convert(source, keyValue.Value, diagnostics));
            parent.Order.Add(name);
        }
    }

    private static TableBuilder? Descend(TableBuilder table, IEnumerable<(string Name, SourceSpan Span)> path, List<SyntaxDiagnostic> diagnostics, SourceSpan? createdSpan = null)
    {
        var current = table;
        foreach (var (name, span) in path)
        {
            if (!current.Members.TryGetValue(name, out var member))
            {
                member = new Member(span, new TableBuilder(createdSpan ?? span));
                current.Members[name] = member;
                current.Order.Add(name);
            }
            switch (member.Node)
            {
                case TableBuilder child:
                    current = child;
                    break;
                case ArrayBuilder { Items.Count: > 0 } array when array.Items[^1] is TableBuilder last:
                    current = last;
                    break;
                default:
                    diagnostics.Add(new SyntaxDiagnostic($"'{name}' is already a value, not a table", span));
                    return null;
            }
        }
        return current;
    }

    private static object Convert(SourceText source, ValueSyntax value, List<SyntaxDiagnostic> diagnostics)
    {
        var span = ToSpan(source, value.Span);
        switch (value)
        {
            case StringValueSyntax s:
                return new DataScalar(span, ScalarKind.String, s.Value);
            case IntegerValueSyntax i:
                return new DataScalar(span, ScalarKind.Number, i.Value.ToString(CultureInfo.InvariantCulture));
            case FloatValueSyntax f:
                return new DataScalar(span, ScalarKind.Number, f.Value.ToString("R", CultureInfo.InvariantCulture));
            case BooleanValueSyntax b:
                return new DataScalar(span, ScalarKind.Boolean, b.Value ? "true" : "false");
            case DateTimeValueSyntax d:
                return new DataScalar(span, ScalarKind.DateTime, d.Token?.Text);
            case ArraySyntax a:
            {
                var array = new ArrayBuilder(span);
                foreach (var item in a.Items)
                {
                    if (item.Value is not null) array.Items.Add(Convert(source, item.Value, diagnostics));
                }
                return array;
            }
            case InlineTableSyntax t:
            {
                var table = new TableBuilder(span);
                AddKeyValues(source, table, t.Items.Select(item => item.KeyValue).OfType<KeyValueSyntax>(), diagnostics);
                return table;
            }
            default:
                return new DataScalar(span, ScalarKind.String, value.ToString());
        }
    }

    private static List<(string Name, SourceSpan Span)> KeyParts(SourceText source, KeySyntax key)
    {
        var parts = new List<(string, SourceSpan)> { (KeyText(key.Key), ToSpan(source, key.Key!.Span)) };
        foreach (var dotted in key.DotKeys)
        {
            parts.Add((KeyText(dotted.Key), ToSpan(source, dotted.Key!.Span)));
        }
        return parts;
    }

    private static string KeyText(BareKeyOrStringValueSyntax? key) => key switch
    {
        BareKeySyntax bare => bare.Key?.Text ?? "",
        StringValueSyntax s => s.Value ?? "",
        _ => key?.ToString() ?? "",
    };

    private static void CollectComments(SyntaxNode node, SourceText source, List<SourceComment> comments)
    {
        AddTrivia(node.LeadingTrivia, source, comments);
        for (var i = 0; i < node.ChildrenCount; i++)
        {
            if (node.GetChild(i) is { } child) CollectComments(child, source, comments);
        }
        AddTrivia(node.TrailingTrivia, source, comments);
    }

    private static void AddTrivia(IEnumerable<SyntaxTrivia>? trivia, SourceText source, List<SourceComment> comments)
    {
        if (trivia is null) return;
        foreach (var item in trivia)
        {
            if (item.Kind != TokenKind.Comment || item.Text is null) continue;
            comments.Add(new SourceComment(item.Text.TrimStart('#'), ToSpan(source, item.Span)));
        }
    }

    /// <summary>Tomlyn's positions are 0-based and its end is the last character; ours are 1-based and exclusive.</summary>
    private static SourceSpan ToSpan(SourceText source, Tomlyn.Syntax.SourceSpan span)
    {
        var start = Math.Clamp(span.Start.Offset, 0, source.Text.Length);
        var end = Math.Clamp(span.End.Offset + 1, start, source.Text.Length);
        return source.GetSpan(start, end);
    }

    private sealed record Member(SourceSpan NameSpan, object Node);

    private sealed class TableBuilder(SourceSpan span)
    {
        public SourceSpan Span { get; } = span;
        public Dictionary<string, Member> Members { get; } = new(StringComparer.Ordinal);
        public List<string> Order { get; } = [];

        public DataObject Build() => new(Span, Order.Select(name =>
        {
            var member = Members[name];
            return new DataProperty(name, member.NameSpan, BuildNode(member.Node));
        }).ToList());
    }

    private sealed class ArrayBuilder(SourceSpan span)
    {
        public SourceSpan Span { get; } = span;
        public List<object> Items { get; } = [];
    }

    private static DataNode BuildNode(object node) => node switch
    {
        TableBuilder table => table.Build(),
        ArrayBuilder array => new DataArray(array.Span, array.Items.Select(BuildNode).ToList()),
        DataNode leaf => leaf,
        _ => throw new InvalidOperationException("unknown TOML node"),
    };
}
