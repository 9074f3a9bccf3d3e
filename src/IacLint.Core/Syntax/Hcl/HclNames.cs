using System.Runtime.CompilerServices;

namespace IacLint.Syntax.Hcl;

/// <summary>
/// The strings of names and short literals, shared across the files a thread parses: configurations repeat the same
/// few thousand names (<c>resource</c>, <c>var</c>, <c>tags</c>, <c>aws_s3_bucket</c>), and one string for each
/// occurrence was most of what the parser allocated. A fixed-size cache indexed by hash, where a collision simply
/// replaces the older entry, so memory stays bounded whatever the input.
/// </summary>
internal sealed class HclNames
{
    /// <summary>Longer texts are rarely repeated; they are copied, not cached.</summary>
    public const int MaxLength = 32;

    private const int Size = 4096;

    private readonly string?[] _entries = new string?[Size];

    [ThreadStatic]
    private static HclNames? t_names;

    public static HclNames ForThisThread => t_names ??= new HclNames();

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength) return text.ToString();
        if (text.IsEmpty) return "";
        ref var entry = ref _entries[Hash(text) & (Size - 1)];
        if (entry is { } cached && cached.AsSpan().SequenceEqual(text)) return cached;
        return entry = text.ToString();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<char> text)
    {
        var hash = (uint)text.Length * 0x9E3779B1u;
        foreach (var c in text) hash = (hash ^ c) * 0x01000193u;
        return (int)(hash ^ (hash >> 15));
    }
}
