namespace IacLint.Syntax;

/// <summary>
/// The tree that every data-format reader (JSON, TOML, YAML) yields: objects, arrays and scalars, each with the span
/// it was read from. Families (app config, Kubernetes, drift) work on this tree, never on a format's own syntax.
/// </summary>
public abstract class DataNode
{
    protected DataNode(SourceSpan span) => Span = span;

    public SourceSpan Span { get; }

    /// <summary>The file the node was read from, when a tree mixes files (a Kustomize build of a base and patches);
    /// null means the file of the document that holds it.</summary>
    public SourceText? Source { get; init; }
}

public sealed class DataObject(SourceSpan span, IReadOnlyList<DataProperty> properties) : DataNode(span)
{
    public IReadOnlyList<DataProperty> Properties { get; } = properties;

    /// <summary>The first property with this name, compared with the given comparison.</summary>
    public DataProperty? Find(string name, StringComparison comparison = StringComparison.Ordinal)
    {
        // By index: foreach over the interface would allocate an enumerator on every lookup.
        for (var i = 0; i < Properties.Count; i++)
        {
            if (string.Equals(Properties[i].Name, name, comparison)) return Properties[i];
        }
        return null;
    }
}

/// <summary>A named member of an object; <see cref="Span"/> covers the key and the value.</summary>
public sealed record DataProperty(string Name, SourceSpan NameSpan, DataNode Value)
{
    public SourceSpan Span => SourceSpan.Cover(NameSpan, Value.Span);
}

public sealed class DataArray(SourceSpan span, IReadOnlyList<DataNode> items) : DataNode(span)
{
    public IReadOnlyList<DataNode> Items { get; } = items;
}

public enum ScalarKind
{
    String,
    Number,
    Boolean,
    Null,
    DateTime,
}

/// <summary>A leaf value. <see cref="Text"/> is the value as its format's consumers see it (unescaped strings,
/// numbers as written, booleans as <c>true</c>/<c>false</c>, null as null).</summary>
public sealed class DataScalar(SourceSpan span, ScalarKind kind, string? text) : DataNode(span)
{
    public ScalarKind Kind { get; } = kind;

    public string? Text { get; } = text;
}
