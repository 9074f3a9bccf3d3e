using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace IacLint.Syntax.Yaml;

/// <summary>
/// Reads YAML streams (several documents per file) into the shared <see cref="DataNode"/> tree with exact spans,
/// using YamlDotNet's event parser. Comments are collected for suppressions. Duplicate keys are diagnostics. Aliases
/// share the anchored node instead of copying it, and the total size they would expand to is bounded, so an alias
/// bomb is a diagnostic rather than a hang; nesting depth is bounded too.
/// </summary>
public sealed class YamlReader
{
    public const int MaxDepth = 200;
    public const long MaxExpandedNodes = 1_000_000;

    private readonly SourceText _source;
    private readonly List<SourceComment> _comments = [];
    // An anchored node with its weight (nodes it stands for once aliases are expanded): what an alias to it costs.
    private Dictionary<string, (DataNode Node, long Weight)> _anchors = new(StringComparer.Ordinal);
    private List<SyntaxDiagnostic> _diagnostics = [];
    private long _expanded;
    private IParser _parser = null!;

    private YamlReader(SourceText source) => _source = source;

    /// <summary>Every document of the file. After a syntax error the documents before it are kept and one more,
    /// without a root, carries the error.</summary>
    public static IReadOnlyList<DataDocument> ReadAll(SourceText source)
    {
        var reader = new YamlReader(source);
        return reader.Read();
    }

    private IReadOnlyList<DataDocument> Read()
    {
        var documents = new List<DataDocument>();
        try
        {
            _parser = new Parser(new Scanner(new StringReader(_source.Text), skipComments: false));
            Expect<StreamStart>();
            while (!Accept<StreamEnd>())
            {
                _anchors = new Dictionary<string, (DataNode, long)>(StringComparer.Ordinal);
                _diagnostics = [];
                _expanded = 0;
                Expect<DocumentStart>();
                var root = Accept<DocumentEnd>() ? null : ParseNode(0, out _);
                Expect<DocumentEnd>();
                documents.Add(new DataDocument(_source, root, _diagnostics, _comments));
            }
        }
        catch (YamlException e)
        {
            var offset = (int)Math.Clamp(e.Start.Index, 0, _source.Text.Length);
            var message = e.InnerException?.Message ?? e.Message;
            var at = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith('(') && at > 0) message = message[(at + 3)..];
            documents.Add(new DataDocument(_source, null, [.. _diagnostics, new SyntaxDiagnostic(message, _source.GetSpan(offset, Math.Min(offset + 1, _source.Text.Length)))], _comments));
        }
        catch (DocumentTooLargeException e)
        {
            documents.Add(new DataDocument(_source, null, [e.Diagnostic], _comments));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet throws these on some malformed input; it is still a syntax error of the file.
            var mark = _parser?.Current?.End ?? Mark.Empty;
            var offset = (int)Math.Clamp(mark.Index, 0, _source.Text.Length);
            documents.Add(new DataDocument(_source, null, [.. _diagnostics, new SyntaxDiagnostic($"The YAML could not be read after this point ({e.Message})", _source.GetSpan(offset, Math.Min(offset + 1, _source.Text.Length)))], _comments));
        }
        return documents;
    }

    /// <param name="weight">How many nodes the node stands for once aliases are expanded.</param>
    private DataNode ParseNode(int depth, out long weight)
    {
        if (depth > MaxDepth) throw Fail($"The YAML is nested more than {MaxDepth} levels deep", _parser.Current!.Start);
        var current = _parser.Current!;
        switch (current)
        {
            case AnchorAlias alias:
            {
                _parser.MoveNext();
                SkipComments();
                var name = alias.Value.ToString();
                if (!_anchors.TryGetValue(name, out var target))
                {
                    throw Fail($"The alias *{name} refers to no anchor defined before it", alias.Start);
                }
                weight = target.Weight;
                _expanded += weight;
                if (_expanded > MaxExpandedNodes)
                {
                    throw Fail($"Aliases expand this document to more than {MaxExpandedNodes:N0} nodes (an alias bomb?); not read", alias.Start);
                }
                return target.Node;
            }
            case Scalar scalar:
            {
                _parser.MoveNext();
                SkipComments();
                var node = new DataScalar(Span(scalar.Start, scalar.End), Resolve(scalar), scalar.Value is "" && scalar.Style == ScalarStyle.Plain && !IsExplicitString(scalar) ? null : scalar.Value) { Source = _source };
                weight = 1;
                RegisterAnchor(scalar, node, weight);
                return node;
            }
            case SequenceStart start:
            {
                _parser.MoveNext();
                SkipComments();
                var items = new List<DataNode>();
                weight = 1;
                var contentEnd = -1;
                while (_parser.Current is not SequenceEnd)
                {
                    var itemEvent = _parser.Current!;
                    var item = ParseNode(depth + 1, out var itemWeight);
                    weight += itemWeight;
                    items.Add(item);
                    contentEnd = Math.Max(contentEnd, ContentEnd(itemEvent, item));
                }
                var end = _parser.Current!;
                _parser.MoveNext();
                SkipComments();
                var node = new DataArray(CollectionSpan(start.Start, end.End, start.Style == SequenceStyle.Flow, ']', contentEnd), items) { Source = _source };
                RegisterAnchor(start, node, weight);
                return node;
            }
            case MappingStart start:
            {
                _parser.MoveNext();
                SkipComments();
                var properties = new List<DataProperty>();
                var seen = new PropertyNames(properties);
                List<DataProperty>? merged = null;
                weight = 1;
                var contentEnd = -1;
                while (_parser.Current is not MappingEnd)
                {
                    var keyEvent = _parser.Current!;
                    var key = ParseNode(depth + 1, out _);
                    var valueEvent = _parser.Current!;
                    var value = ParseNode(depth + 1, out var valueWeight);
                    contentEnd = Math.Max(contentEnd, Math.Max(key.Span.EndOffset, ContentEnd(valueEvent, value)));
                    weight += valueWeight + 1;
                    if (key is not DataScalar keyScalar)
                    {
                        _diagnostics.Add(new SyntaxDiagnostic("Only scalar keys are supported in mappings", key.Span));
                        continue;
                    }
                    var name = keyScalar.Text ?? "null";
                    if (name == "<<" && keyScalar.Kind == ScalarKind.String && keyEvent is Scalar { Style: ScalarStyle.Plain })
                    {
                        // YAML 1.1 merge key, as Kubernetes' YAML library applies it.
                        foreach (var source in value is DataArray list ? list.Items : [value])
                        {
                            if (source is DataObject mergedObject) (merged ??= []).AddRange(mergedObject.Properties);
                        }
                        continue;
                    }
                    var property = new DataProperty(name, keyScalar.Span, value);
                    if (seen.Find(name) is { } first)
                    {
                        _diagnostics.Add(new SyntaxDiagnostic($"Duplicate key \"{name}\" (first at line {first.NameSpan.StartLine}); parsers disagree on which value wins", keyScalar.Span));
                        continue;
                    }
                    seen.Add(property);
                }
                foreach (var property in merged ?? [])
                {
                    if (seen.Find(property.Name) is null) seen.Add(property);
                }
                var end = _parser.Current!;
                _parser.MoveNext();
                SkipComments();
                var node = new DataObject(CollectionSpan(start.Start, end.End, start.Style == MappingStyle.Flow, '}', contentEnd), properties) { Source = _source };
                RegisterAnchor(start, node, weight);
                return node;
            }
            default:
                throw Fail($"Unexpected {current.GetType().Name} in YAML", current.Start);
        }
    }

    private void RegisterAnchor(ParsingEvent parsingEvent, DataNode node, long weight)
    {
        if (parsingEvent is NodeEvent { Anchor: var anchor } && !anchor.IsEmpty) _anchors[anchor.Value] = (node, weight);
    }

    /// <summary>A mapping's properties by name, for duplicate keys: most mappings are small, so a name is looked for
    /// in the list until the mapping is large enough for a dictionary to pay.</summary>
    private struct PropertyNames(List<DataProperty> properties)
    {
        private const int DictionaryFrom = 16;
        private Dictionary<string, DataProperty>? _byName;

        public readonly DataProperty? Find(string name)
        {
            if (_byName is not null) return _byName.GetValueOrDefault(name);
            foreach (var property in properties)
            {
                if (property.Name == name) return property;
            }
            return null;
        }

        public void Add(DataProperty property)
        {
            properties.Add(property);
            if (_byName is not null) _byName.Add(property.Name, property);
            else if (properties.Count == DictionaryFrom) _byName = properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
        }
    }

    private static bool HasTag(Scalar scalar) => !scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific;

    private static bool IsExplicitString(Scalar scalar) => HasTag(scalar) && scalar.Tag.Value == "tag:yaml.org,2002:str";

    /// <summary>Plain scalars resolve as Kubernetes' YAML library resolves them: null, YAML 1.1 booleans, numbers,
    /// else strings; quoted and block scalars are strings.</summary>
    private static ScalarKind Resolve(Scalar scalar)
    {
        if (scalar.Style != ScalarStyle.Plain || HasTag(scalar)) return ScalarKind.String;
        var value = scalar.Value;
        switch (value)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return ScalarKind.Null;
            case "true" or "True" or "TRUE" or "false" or "False" or "FALSE" or "yes" or "Yes" or "YES" or "no" or "No" or "NO" or "on" or "On" or "ON" or "off" or "Off" or "OFF":
                return ScalarKind.Boolean;
        }
        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)) return ScalarKind.Number;
        if (value.StartsWith("0x", StringComparison.Ordinal) && long.TryParse(value.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out _)) return ScalarKind.Number;
        if ((char.IsAsciiDigit(value[0]) || value[0] is '-' or '+' or '.') && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) return ScalarKind.Number;
        return ScalarKind.String;
    }

    /// <summary>Whether a scalar's text means true in Kubernetes' YAML (1.1 booleans).</summary>
    public static bool IsTrue(DataNode? node) => node is DataScalar { Kind: ScalarKind.Boolean, Text: "true" or "True" or "TRUE" or "yes" or "Yes" or "YES" or "on" or "On" or "ON" };

    public static bool IsFalse(DataNode? node) => node is DataScalar { Kind: ScalarKind.Boolean } && !IsTrue(node);

    private void SkipComments()
    {
        while (_parser.Current is YamlDotNet.Core.Events.Comment comment)
        {
            _comments.Add(new SourceComment(comment.Value, Span(comment.Start, comment.End)));
            _parser.MoveNext();
        }
    }

    private bool Accept<T>() where T : ParsingEvent
    {
        SkipComments();
        return _parser.Current is T;
    }

    private void Expect<T>() where T : ParsingEvent
    {
        if (_parser.Current is null) _parser.MoveNext();
        SkipComments();
        if (_parser.Current is not T) throw Fail($"Expected {typeof(T).Name} but found {_parser.Current?.GetType().Name ?? "the end"}", _parser.Current?.Start ?? Mark.Empty);
        _parser.MoveNext();
        SkipComments();
    }

    /// <summary>A flow collection's end mark stops before its closing bracket; include it. A block collection's end
    /// mark is where the next token starts (often lines later, past comments); it ends at its last content instead.</summary>
    private SourceSpan CollectionSpan(Mark start, Mark end, bool flow, char closer, int contentEnd)
    {
        var span = Span(start, end);
        if (flow)
        {
            return span.EndOffset < _source.Text.Length && _source.Text[span.EndOffset] == closer
                ? _source.GetSpan(span.StartOffset, span.EndOffset + 1)
                : span;
        }
        return contentEnd > span.StartOffset && contentEnd < span.EndOffset ? _source.GetSpan(span.StartOffset, contentEnd) : span;
    }

    /// <summary>Where a node parsed from <paramref name="first"/> ends in this text: an alias's node lives at its
    /// anchor, so the alias event's own end counts.</summary>
    private static int ContentEnd(ParsingEvent first, DataNode node) =>
        first is AnchorAlias ? (int)first.End.Index : node.Span.EndOffset;

    private SourceSpan Span(Mark start, Mark end)
    {
        var from = (int)Math.Clamp(start.Index, 0, _source.Text.Length);
        var to = (int)Math.Clamp(end.Index, from, _source.Text.Length);
        return _source.GetSpan(from, to);
    }

    private DocumentTooLargeException Fail(string message, Mark at)
    {
        var offset = (int)Math.Clamp(at.Index, 0, _source.Text.Length);
        return new DocumentTooLargeException(new SyntaxDiagnostic(message, _source.GetSpan(offset, Math.Min(offset + 1, _source.Text.Length))));
    }

    /// <summary>Ends reading at a structural problem (too deep, alias bomb, bad alias); never escapes this class.</summary>
    private sealed class DocumentTooLargeException(SyntaxDiagnostic diagnostic) : Exception(diagnostic.Message)
    {
        public SyntaxDiagnostic Diagnostic { get; } = diagnostic;
    }
}
