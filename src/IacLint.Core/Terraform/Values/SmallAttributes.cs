using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace IacLint.Terraform.Values;

/// <summary>
/// The attributes of a small object (a resource's settings, a nested block, <c>count</c> and <c>each</c>) as one array
/// of pairs in insertion order, looked up by a scan. Evaluated objects live as long as their module instance, and a
/// Dictionary for a handful of attributes is several times the size of its entries (buckets, hash codes, spare room).
/// Enumerates in the order the pairs were given, as a Dictionary that was only added to does.
/// </summary>
internal sealed class SmallAttributes : IReadOnlyDictionary<string, TfValue>
{
    /// <summary>Above this many attributes a scan per lookup costs more than a Dictionary saves.</summary>
    public const int MaxCount = 8;

    private readonly KeyValuePair<string, TfValue>[] _pairs;

    private SmallAttributes(KeyValuePair<string, TfValue>[] pairs) => _pairs = pairs;

    /// <summary>A compact copy of a small Dictionary that compares keys ordinally; anything else as it is.</summary>
    public static IReadOnlyDictionary<string, TfValue> Compact(IReadOnlyDictionary<string, TfValue> attributes)
    {
        if (attributes is not Dictionary<string, TfValue> dictionary || dictionary.Count > MaxCount ||
            !(ReferenceEquals(dictionary.Comparer, StringComparer.Ordinal) || ReferenceEquals(dictionary.Comparer, EqualityComparer<string>.Default)))
        {
            return attributes;
        }
        if (dictionary.Count == 0) return Empty;
        var pairs = new KeyValuePair<string, TfValue>[dictionary.Count];
        var i = 0;
        foreach (var pair in dictionary) pairs[i++] = pair;
        return new SmallAttributes(pairs);
    }

    private static readonly SmallAttributes Empty = new([]);

    /// <summary>The pairs of a small collection without a Dictionary in between (a later pair replaces an earlier
    /// one of the same key, in its place, as a Dictionary's indexer does); null for more pairs or an unknown count.</summary>
    public static SmallAttributes? From(IEnumerable<KeyValuePair<string, TfValue>> pairs)
    {
        if (pairs is not IReadOnlyCollection<KeyValuePair<string, TfValue>> { Count: <= MaxCount } collection) return null;
        var result = new KeyValuePair<string, TfValue>[collection.Count];
        var i = 0;
        foreach (var pair in collection) result[i++] = pair;
        return Own(result);
    }

    /// <summary>The same as <see cref="From"/> for pairs the caller made for it and gives up (deduplicated in
    /// place): a small object is then built without a Dictionary or a second array.</summary>
    public static SmallAttributes Own(KeyValuePair<string, TfValue>[] pairs)
    {
        if (pairs.Length == 0) return Empty;
        var count = 0;
        foreach (var pair in pairs)
        {
            ArgumentNullException.ThrowIfNull(pair.Key);
            var existing = 0;
            while (existing < count && !string.Equals(pairs[existing].Key, pair.Key, StringComparison.Ordinal)) existing++;
            pairs[existing] = pair;
            if (existing == count) count++;
        }
        return new SmallAttributes(count == pairs.Length ? pairs : pairs[..count]);
    }

    public int Count => _pairs.Length;

    public TfValue this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The attribute '{key}' is not present.");

    public IEnumerable<string> Keys => _pairs.Select(p => p.Key);

    public IEnumerable<TfValue> Values => _pairs.Select(p => p.Value);

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TfValue value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _pairs[index].Value : null;
        return index >= 0;
    }

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        for (var i = 0; i < _pairs.Length; i++)
        {
            if (string.Equals(_pairs[i].Key, key, StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    public IEnumerator<KeyValuePair<string, TfValue>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, TfValue>>)_pairs).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>The names of a set of attributes that many objects share (a module's variables), each with its position.</summary>
internal sealed class AttributeNames
{
    private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);

    public AttributeNames(IEnumerable<string> names)
    {
        foreach (var name in names) _positions.TryAdd(name, _positions.Count);
        Names = [.. _positions.Keys];
    }

    public string[] Names { get; }

    public int PositionOf(string name) => _positions.TryGetValue(name, out var position) ? position : -1;
}

/// <summary>
/// Attributes whose names are shared with many other objects (the variables of every instance of one module) as
/// only their values, by position. A module instantiated thousands of times kept a Dictionary of 100+ variables per
/// instance; the names and their index are now kept once per module. Enumerates in the names' order.
/// </summary>
internal sealed class SharedNameAttributes : IReadOnlyDictionary<string, TfValue>
{
    private readonly AttributeNames _names;
    private readonly TfValue[] _values;

    private SharedNameAttributes(AttributeNames names, TfValue[] values)
    {
        _names = names;
        _values = values;
    }

    /// <summary>The values of the names, by position (the caller gives up the array).</summary>
    public static SharedNameAttributes Create(AttributeNames names, TfValue[] values)
    {
        if (values.Length != names.Names.Length) throw new ArgumentException("one value for each name is needed", nameof(values));
        return new SharedNameAttributes(names, values);
    }

    /// <summary>A compact copy of a Dictionary whose keys are exactly the names, in their order (so it enumerates
    /// the same); anything else as it is.</summary>
    public static IReadOnlyDictionary<string, TfValue> Compact(IReadOnlyDictionary<string, TfValue> attributes, AttributeNames names)
    {
        if (attributes is not Dictionary<string, TfValue> dictionary || dictionary.Count != names.Names.Length || dictionary.Count == 0) return attributes;
        var values = new TfValue[dictionary.Count];
        var i = 0;
        foreach (var (key, value) in dictionary)
        {
            if (!string.Equals(key, names.Names[i], StringComparison.Ordinal)) return attributes;
            values[i++] = value;
        }
        return new SharedNameAttributes(names, values);
    }

    public int Count => _values.Length;

    public TfValue this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The attribute '{key}' is not present.");

    public IEnumerable<string> Keys => _names.Names;

    public IEnumerable<TfValue> Values => _values;

    public bool ContainsKey(string key) => _names.PositionOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TfValue value)
    {
        var position = _names.PositionOf(key);
        value = position >= 0 ? _values[position] : null;
        return position >= 0;
    }

    public IEnumerator<KeyValuePair<string, TfValue>> GetEnumerator()
    {
        for (var i = 0; i < _values.Length; i++) yield return KeyValuePair.Create(_names.Names[i], _values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
