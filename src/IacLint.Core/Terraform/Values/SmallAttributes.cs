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
