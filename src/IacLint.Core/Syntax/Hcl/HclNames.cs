using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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

    /// <summary>From the length and the first and last four characters (names differ mostly at their ends); a
    /// collision costs only a comparison and a copy.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<char> text)
    {
        ulong mixed;
        if (text.Length >= 4)
        {
            ref var first = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(text));
            mixed = Unsafe.ReadUnaligned<ulong>(ref first) * 0x9E3779B97F4A7C15ul
                ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref first, (text.Length - 4) * sizeof(char)));
        }
        else
        {
            mixed = 0;
            foreach (var c in text) mixed = (mixed << 16) | c;
        }
        mixed = (mixed ^ (ulong)text.Length) * 0xFF51AFD7ED558CCDul;
        return (int)(mixed >> 40);
    }
}
