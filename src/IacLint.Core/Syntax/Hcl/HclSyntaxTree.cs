using System.Runtime.CompilerServices;

namespace IacLint.Syntax.Hcl;

/// <summary>A node of an HCL syntax tree; every node has the span it was parsed from.</summary>
public abstract class HclNode(SourceSpan span)
{
    public SourceSpan Span { get; } = span;
}

/// <summary>A body: the top level of a file, or the inside of a block.</summary>
public sealed class HclBody(SourceSpan span, IReadOnlyList<HclAttribute> attributes, IReadOnlyList<HclBlock> blocks) : HclNode(span)
{
    public IReadOnlyList<HclAttribute> Attributes { get; } = attributes;

    public IReadOnlyList<HclBlock> Blocks { get; } = blocks;

    private Dictionary<string, HclAttribute>? _byName;

    /// <summary>The first attribute of that name (a repeated one is a syntax error; the first wins, as in Terraform).</summary>
    public HclAttribute? Attribute(string name)
    {
        if (Attributes.Count <= 8)
        {
            // By index: foreach over the interface would allocate an enumerator on every lookup.
            for (var i = 0; i < Attributes.Count; i++)
            {
                if (Attributes[i].Name == name) return Attributes[i];
            }
            return null;
        }
        // Rules look attributes up once per resource instance: a body of thousands of attributes must not make
        // that a scan each time.
        if (_byName is null)
        {
            var byName = new Dictionary<string, HclAttribute>(StringComparer.Ordinal);
            foreach (var attribute in Attributes) byName.TryAdd(attribute.Name, attribute);
            _byName = byName;
        }
        return _byName.GetValueOrDefault(name);
    }

    public IEnumerable<HclBlock> BlocksOfType(string type)
    {
        // Mostly asked for blocks that are absent: answered without a closure, a delegate and an iterator.
        for (var i = 0; i < Blocks.Count; i++)
        {
            if (Blocks[i].Type == type) return BlocksOfType(type, i);
        }
        return [];
    }

    private IEnumerable<HclBlock> BlocksOfType(string type, int first)
    {
        for (var i = first; i < Blocks.Count; i++)
        {
            if (Blocks[i].Type == type) yield return Blocks[i];
        }
    }
}

public sealed class HclAttribute(SourceSpan span, string name, SourceSpan nameSpan, HclExpression value) : HclNode(span)
{
    public string Name { get; } = name;

    // Null when the name is where it nearly always is, at the start of the attribute: see NameSpans.
    private readonly StrongBox<SourceSpan>? _nameSpan = NameSpans.StartsAt(span, name, nameSpan) ? null : new(nameSpan);

    public SourceSpan NameSpan => _nameSpan?.Value ?? NameSpans.AtStart(Span, Name);

    public HclExpression Value { get; } = value;
}

public sealed record HclLabel(string Value, SourceSpan Span);

public sealed class HclBlock(SourceSpan span, string type, SourceSpan typeSpan, IReadOnlyList<HclLabel> labels, HclBody body) : HclNode(span)
{
    public string Type { get; } = type;

    public SourceSpan TypeSpan { get; } = typeSpan;

    public IReadOnlyList<HclLabel> Labels { get; } = labels;

    public HclBody Body { get; } = body;

    /// <summary>The block's type and labels (<c>resource "aws_s3_bucket" "logs"</c>): where findings about the whole
    /// block point.</summary>
    public SourceSpan HeaderSpan => Labels.Count == 0 ? TypeSpan : SourceSpan.Cover(TypeSpan, Labels[^1].Span);
}

public abstract class HclExpression(SourceSpan span) : HclNode(span);

public enum HclLiteralKind : byte
{
    String,
    Number,
    Bool,
    Null,
}

/// <summary>A number, <c>true</c>/<c>false</c>, <c>null</c>, or a literal part of a template.</summary>
/// <param name="Text">The value: the number as written, <c>true</c>/<c>false</c>, the unescaped string; null for null.</param>
public sealed class HclLiteral(SourceSpan span, HclLiteralKind kind, string? text) : HclExpression(span)
{
    public HclLiteralKind Kind { get; } = kind;

    public string? Text { get; } = text;
}

/// <summary>A quoted or heredoc template: literal parts (<see cref="HclLiteral"/> strings), interpolated expressions
/// and directives, in order.</summary>
public sealed class HclTemplate(SourceSpan span, IReadOnlyList<HclExpression> parts, bool isHeredoc) : HclExpression(span)
{
    public IReadOnlyList<HclExpression> Parts { get; } = parts;

    public bool IsHeredoc { get; } = isHeredoc;

    /// <summary>Only literal text (no interpolation or directive).</summary>
    public bool IsStringLiteral
    {
        get
        {
            for (var i = 0; i < Parts.Count; i++)
            {
                if (Parts[i] is not HclLiteral) return false;
            }
            return true;
        }
    }

    /// <summary>The literal text; a template of one literal (nearly all) gives its text without a copy.</summary>
    public string LiteralValue => Parts is [HclLiteral { Text: { } text }] ? text : string.Concat(Parts.OfType<HclLiteral>().Select(p => p.Text));
}

/// <summary><c>"${expr}"</c>: a template that is only one interpolation, which yields the expression's own value.</summary>
public sealed class HclTemplateWrap(SourceSpan span, HclExpression wrapped) : HclExpression(span)
{
    public HclExpression Wrapped { get; } = wrapped;
}

/// <summary><c>%{ if c }…%{ else }…%{ endif }</c>.</summary>
public sealed class HclTemplateIf(SourceSpan span, HclExpression condition, HclTemplate whenTrue, HclTemplate? whenFalse) : HclExpression(span)
{
    public HclExpression Condition { get; } = condition;

    public HclTemplate WhenTrue { get; } = whenTrue;

    public HclTemplate? WhenFalse { get; } = whenFalse;
}

/// <summary><c>%{ for k, v in coll }…%{ endfor }</c>.</summary>
public sealed class HclTemplateFor(SourceSpan span, string? keyVariable, string valueVariable, HclExpression collection, HclTemplate body) : HclExpression(span)
{
    public string? KeyVariable { get; } = keyVariable;

    public string ValueVariable { get; } = valueVariable;

    public HclExpression Collection { get; } = collection;

    public HclTemplate Body { get; } = body;
}

/// <summary>A name in scope: <c>var</c>, <c>local</c>, <c>aws_s3_bucket</c>, a for-expression variable.</summary>
public sealed class HclVariable(SourceSpan span, string name) : HclExpression(span)
{
    public string Name { get; } = name;
}

/// <summary><c>obj.name</c>.</summary>
public sealed class HclGetAttribute(SourceSpan span, HclExpression source, string name, SourceSpan nameSpan) : HclExpression(span)
{
    public HclExpression Source { get; } = source;

    public string Name { get; } = name;

    // Null when the name is where it nearly always is, at the end of the traversal: see NameSpans.
    private readonly StrongBox<SourceSpan>? _nameSpan = NameSpans.EndsAt(span, name, nameSpan) ? null : new(nameSpan);

    public SourceSpan NameSpan => _nameSpan?.Value ?? NameSpans.AtEnd(Span, Name);
}

/// <summary>
/// The span of a name that is written as is on one line at the start (an attribute's) or the end (a traversal's) of
/// its node's span follows from that span and the name's length. Syntax trees live for the whole scan and these are
/// their two most numerous nodes, so they keep a span of their own only when it does not follow (JSON syntax, where
/// a key is quoted and may be escaped).
/// </summary>
internal static class NameSpans
{
    public static bool StartsAt(SourceSpan span, string name, SourceSpan nameSpan) => nameSpan == AtStart(span, name);

    public static SourceSpan AtStart(SourceSpan span, string name) =>
        new(span.StartLine, span.StartColumn, span.StartLine, span.StartColumn + name.Length, span.StartOffset, span.StartOffset + name.Length);

    public static bool EndsAt(SourceSpan span, string name, SourceSpan nameSpan) => nameSpan == AtEnd(span, name);

    public static SourceSpan AtEnd(SourceSpan span, string name) =>
        new(span.EndLine, span.EndColumn - name.Length, span.EndLine, span.EndColumn, span.EndOffset - name.Length, span.EndOffset);
}

/// <summary><c>obj[key]</c>, and the legacy <c>obj.0</c>.</summary>
public sealed class HclIndex(SourceSpan span, HclExpression source, HclExpression key) : HclExpression(span)
{
    public HclExpression Source { get; } = source;

    public HclExpression Key { get; } = key;
}

/// <summary>The current element inside a splat's <see cref="HclSplat.Each"/>.</summary>
public sealed class HclSplatItem(SourceSpan span) : HclExpression(span);

/// <summary><c>list[*].a.b</c> (full) or <c>list.*.a</c> (attribute-only): <see cref="Each"/> applied to every element.</summary>
public sealed class HclSplat(SourceSpan span, HclExpression source, HclExpression each, bool attributeOnly) : HclExpression(span)
{
    public HclExpression Source { get; } = source;

    public HclExpression Each { get; } = each;

    public bool AttributeOnly { get; } = attributeOnly;
}

public sealed class HclFunctionCall(SourceSpan span, string name, SourceSpan nameSpan, IReadOnlyList<HclExpression> arguments, bool expandFinal) : HclExpression(span)
{
    public string Name { get; } = name;

    public SourceSpan NameSpan { get; } = nameSpan;

    public IReadOnlyList<HclExpression> Arguments { get; } = arguments;

    /// <summary>The last argument ends with <c>...</c>: its elements are passed as separate arguments.</summary>
    public bool ExpandFinal { get; } = expandFinal;
}

public sealed class HclConditional(SourceSpan span, HclExpression condition, HclExpression whenTrue, HclExpression whenFalse) : HclExpression(span)
{
    public HclExpression Condition { get; } = condition;

    public HclExpression WhenTrue { get; } = whenTrue;

    public HclExpression WhenFalse { get; } = whenFalse;
}

public sealed class HclBinary(SourceSpan span, string op, HclExpression left, HclExpression right) : HclExpression(span)
{
    public string Operator { get; } = op;

    public HclExpression Left { get; } = left;

    public HclExpression Right { get; } = right;
}

public sealed class HclUnary(SourceSpan span, string op, HclExpression operand) : HclExpression(span)
{
    public string Operator { get; } = op;

    public HclExpression Operand { get; } = operand;
}

public sealed class HclParentheses(SourceSpan span, HclExpression inner) : HclExpression(span)
{
    public HclExpression Inner { get; } = inner;
}

public sealed class HclTuple(SourceSpan span, IReadOnlyList<HclExpression> items) : HclExpression(span)
{
    public IReadOnlyList<HclExpression> Items { get; } = items;
}

/// <param name="Key">The key expression; a bare identifier key is an <see cref="HclVariable"/> with
/// <paramref name="KeyIsBareIdentifier"/> set, and means the literal name.</param>
public sealed record HclObjectItem(HclExpression Key, HclExpression Value, bool KeyIsBareIdentifier);

public sealed class HclObject(SourceSpan span, IReadOnlyList<HclObjectItem> items) : HclExpression(span)
{
    public IReadOnlyList<HclObjectItem> Items { get; } = items;
}

/// <summary><c>[for k, v in coll : value if cond]</c> or <c>{for k, v in coll : key => value... if cond}</c>.</summary>
public sealed class HclFor(
    SourceSpan span,
    string? keyVariable,
    string valueVariable,
    HclExpression collection,
    HclExpression? keyExpression,
    HclExpression valueExpression,
    HclExpression? condition,
    bool grouping) : HclExpression(span)
{
    public string? KeyVariable { get; } = keyVariable;

    public string ValueVariable { get; } = valueVariable;

    public HclExpression Collection { get; } = collection;

    /// <summary>Set for object for-expressions.</summary>
    public HclExpression? KeyExpression { get; } = keyExpression;

    public HclExpression ValueExpression { get; } = valueExpression;

    public HclExpression? Condition { get; } = condition;

    public bool Grouping { get; } = grouping;

    public bool IsObject => KeyExpression is not null;
}

/// <summary>A place where parsing failed; evaluation treats it as unknown.</summary>
public sealed class HclInvalidExpression(SourceSpan span) : HclExpression(span);

/// <summary>What the parser produced from one file.</summary>
public sealed record HclFile(SourceText Source, HclBody Body, IReadOnlyList<SyntaxDiagnostic> Diagnostics, IReadOnlyList<SourceComment> Comments)
{
    public bool HasErrors => Diagnostics.Count > 0;
}
