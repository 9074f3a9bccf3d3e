using System.Globalization;
using IacLint.Findings;

namespace IacLint.Terraform.Values;

/// <summary>
/// A Terraform value as the engine knows it before apply: a known string, number, bool, null, list (tuples, lists and
/// sets alike), object (objects and maps alike), or an explicit <see cref="TfUnknown"/>. <see cref="Origin"/>, when set,
/// is where a value came from outside the expression that uses it (a tfvars line, a variable default).
/// </summary>
public abstract record TfValue
{
    public Location? Origin { get; init; }

    public bool IsKnown => this is not TfUnknown;

    /// <summary>Whether this value or anything inside it is unknown.</summary>
    public virtual bool IsWhollyKnown => IsKnown;

    public static readonly TfNull Null = new();
    public static readonly TfBool True = new(true);
    public static readonly TfBool False = new(false);

    public static TfValue Bool(bool value) => value ? True : False;

    public static TfString String(string value) => new(value);

    public static TfNumber Number(double value) => new(value);

    public abstract string TypeName { get; }
}

public sealed record TfString(string Value) : TfValue
{
    public override string TypeName => "string";

    public override string ToString() => Value;
}

public sealed record TfNumber(double Value) : TfValue
{
    public override string TypeName => "number";

    public override string ToString() => Format(Value);

    public static string Format(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e15 ? ((long)value).ToString(CultureInfo.InvariantCulture) : value.ToString("R", CultureInfo.InvariantCulture);
}

public sealed record TfBool(bool Value) : TfValue
{
    public override string TypeName => "bool";

    public override string ToString() => Value ? "true" : "false";
}

public sealed record TfNull : TfValue
{
    public override string TypeName => "null";

    public override string ToString() => "null";
}

public sealed record TfList(IReadOnlyList<TfValue> Items) : TfValue
{
    public override string TypeName => "list";

    public override bool IsWhollyKnown => Items.All(i => i.IsWhollyKnown);

    public bool Equals(TfList? other) => other is not null && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => Items.Count;
}

public sealed record TfObject(IReadOnlyDictionary<string, TfValue> Attributes) : TfValue
{
    /// <summary>The attributes; a small Dictionary is kept as a compact copy (see <see cref="SmallAttributes"/>).</summary>
    public IReadOnlyDictionary<string, TfValue> Attributes { get; init; } = SmallAttributes.Compact(Attributes);

    public override string TypeName => "object";

    /// <summary>Set when this object stands for a resource instance: attributes its configuration does not set
    /// are then unknown (computed by the provider), not missing.</summary>
    public string? ResourceAddress { get; init; }

    public override bool IsWhollyKnown => Attributes.Values.All(v => v.IsWhollyKnown);

    public TfValue? Get(string name) => Attributes.GetValueOrDefault(name);

    public bool Equals(TfObject? other) =>
        other is not null && Attributes.Count == other.Attributes.Count &&
        Attributes.All(pair => other.Attributes.TryGetValue(pair.Key, out var value) && Equals(value, pair.Value));

    public override int GetHashCode() => Attributes.Count;

    /// <summary>An object from pairs the caller made for it and gives up (a later pair with the same key wins): a
    /// small one keeps them in the compact form, without a Dictionary to copy from.</summary>
    internal static TfObject Own(KeyValuePair<string, TfValue>[] pairs)
    {
        if (pairs.Length <= SmallAttributes.MaxCount) return new TfObject(SmallAttributes.Own(pairs));
        var dictionary = new Dictionary<string, TfValue>(pairs.Length, StringComparer.Ordinal);
        foreach (var (key, value) in pairs) dictionary[key] = value;
        return new TfObject(dictionary);
    }

    public static TfObject From(IEnumerable<KeyValuePair<string, TfValue>> pairs)
    {
        if (SmallAttributes.From(pairs) is { } small) return new TfObject(small);
        var dictionary = new Dictionary<string, TfValue>(StringComparer.Ordinal);
        foreach (var (key, value) in pairs) dictionary[key] = value;
        return new TfObject(dictionary);
    }
}

/// <summary>
/// A value Terraform knows only after apply (a resource's id, a data source, <c>timestamp()</c>) or that IacLint could
/// not work out. It propagates through every operation, so a rule can tell "unknown" from "absent".
/// </summary>
/// <param name="Reason">Why it is unknown, for messages ("aws_s3_bucket.logs.id is known only after apply").</param>
/// <param name="RefersTo">When the value is an attribute of a resource, that resource's address: lets rules
/// correlate resources (a public access block's <c>bucket = aws_s3_bucket.b.id</c>).</param>
public sealed record TfUnknown(string Reason, string? RefersTo = null) : TfValue
{
    public override string TypeName => "unknown";

    /// <summary>An evaluation error (a wrong type, a bad index) where Terraform would stop, rather than a value known
    /// only after apply: <c>try</c> skips it and <c>can</c> is false for it. The evaluator returns it at once, as a
    /// thrown error would, so it never ends up inside a list or object; outside the evaluator it is a plain unknown.</summary>
    public bool IsError { get; init; }

    public static TfUnknown Error(string reason) => new(reason) { IsError = true };

    public override string ToString() => "(known after apply)";
}
