using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace IacLint.Syntax;

/// <summary>
/// A file's decoded text and its path relative to the scan root (forward slashes). A text read from a file keeps
/// the file's UTF-8 bytes: once the file is parsed the decoded text can be released (<see cref="ReleaseText"/>) and
/// is decoded again only if asked for, as for an excerpt. A scan keeps every file's syntax until it ends, and
/// UTF-8 is half the size of the decoded text: less for the collector to copy and to keep.
/// </summary>
public sealed class SourceText
{
    private int[]? _lineStarts;

    private string? _text;

    private readonly ReadOnlyMemory<byte> _utf8;

    public SourceText(string path, string text)
    {
        Path = path;
        _text = text;
        Length = text.Length;
    }

    /// <param name="utf8">The bytes the text was strictly decoded from (without a BOM).</param>
    public SourceText(string path, string text, ReadOnlyMemory<byte> utf8) : this(path, text)
    {
        _utf8 = utf8;
    }

    /// <summary>Path relative to the scan root, with forward slashes.</summary>
    public string Path { get; }

    // Decoding strictly valid UTF-8 again gives the same characters; a race decodes twice, both the same.
    public string Text => _text ??= System.Text.Encoding.UTF8.GetString(_utf8.Span);

    /// <summary>The length of the text in characters, without decoding a released text.</summary>
    public int Length { get; }

    /// <summary>Drops the decoded text when the bytes can give it back; line starts are kept, so positions stay
    /// cheap. Called once the file's reader is done with it, before other threads see the file.</summary>
    public void ReleaseText()
    {
        if (Length == 0 || _utf8.IsEmpty) return;
        _ = LineStarts;
        _text = null;
    }

    private int[] LineStarts
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _lineStarts ??= ComputeLineStarts(Text);
    }

    public int LineCount => LineStarts.Length;

    // Parsers ask for positions in increasing order, so the line of the last answer (or the next) is almost always
    // right; a stale value from another thread is only a missed shortcut, because it is checked before use.
    private int _lastLine;

    /// <summary>The 1-based line and column of an offset; a line break is \n, \r\n or \r.</summary>
    public (int Line, int Column) GetPosition(int offset)
    {
        var starts = LineStarts;
        offset = Math.Clamp(offset, 0, Length);
        var index = LineOf(starts, offset, _lastLine);
        _lastLine = index;
        return (index + 1, offset - starts[index] + 1);
    }

    /// <summary>The last line whose start is at or before the offset (which is within the text), looked for first
    /// on the hinted line, then forward from it or by bisection.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int LineOf(int[] starts, int offset, int hint) =>
        (uint)hint < (uint)starts.Length && starts[hint] <= offset && (hint + 1 == starts.Length || offset < starts[hint + 1])
            ? hint
            : LineOfFromHint(starts, offset, hint);

    private static int LineOfFromHint(int[] starts, int offset, int hint)
    {
        int low = 0, high = starts.Length - 1;
        if ((uint)hint < (uint)starts.Length)
        {
            if (starts[hint] <= offset)
            {
                // Forward from the hint with a doubling step: the next span is mostly a few lines on.
                low = hint;
                var step = 1;
                while (low + step < starts.Length && starts[low + step] <= offset)
                {
                    low += step;
                    step <<= 1;
                }
                high = Math.Min(starts.Length - 1, low + step - 1);
            }
            else
            {
                high = hint - 1;
            }
        }
        while (low < high)
        {
            var middle = (low + high + 1) >>> 1;
            if (starts[middle] <= offset) low = middle;
            else high = middle - 1;
        }
        return low;
    }

    public SourceSpan GetSpan(int startOffset, int endOffset)
    {
        var starts = LineStarts;
        var length = Length;
        var start = startOffset < 0 ? 0 : startOffset > length ? length : startOffset;
        var end = endOffset < 0 ? 0 : endOffset > length ? length : endOffset;
        var startLine = LineOf(starts, start, _lastLine);
        // Most spans end on the line they start on; parsers ask for them in increasing order of their ends.
        var endLine = end >= starts[startLine] && (startLine + 1 == starts.Length || end < starts[startLine + 1])
            ? startLine
            : LineOf(starts, end, _lastLine);
        _lastLine = endLine;
        return new SourceSpan(startLine + 1, start - starts[startLine] + 1, endLine + 1, end - starts[endLine] + 1, startOffset, endOffset);
    }

    /// <summary>The span of a 1-based line and column pair to another; used by readers that report lines and columns.</summary>
    public SourceSpan GetSpan(int startLine, int startColumn, int endLine, int endColumn)
    {
        var start = OffsetOf(startLine, startColumn);
        var end = OffsetOf(endLine, endColumn);
        return new SourceSpan(startLine, startColumn, endLine, endColumn, start, Math.Max(start, end));
    }

    public int OffsetOf(int line, int column)
    {
        var starts = LineStarts;
        if (line < 1) return 0;
        if (line > starts.Length) return Length;
        return Math.Min(Length, starts[line - 1] + Math.Max(0, column - 1));
    }

    /// <summary>The text of a 1-based line without its line break.</summary>
    public ReadOnlySpan<char> GetLine(int line)
    {
        var starts = LineStarts;
        if (line < 1 || line > starts.Length) return ReadOnlySpan<char>.Empty;
        var start = starts[line - 1];
        var end = line < starts.Length ? starts[line] : Length;
        var span = Text.AsSpan(start, end - start);
        return span.TrimEnd("\r\n");
    }

    /// <summary>
    /// The text of a 1-based line without its line break, as a string. A released text whose bytes are all ASCII
    /// (as many bytes as characters) gives its lines from the bytes, so excerpts do not decode whole files again.
    /// </summary>
    public string LineText(int line)
    {
        if (!IsReleasedAscii) return GetLine(line).ToString();
        var starts = LineStarts;
        if (line < 1 || line > starts.Length) return "";
        var start = starts[line - 1];
        var end = line < starts.Length ? starts[line] : Length;
        return System.Text.Encoding.ASCII.GetString(_utf8.Span[start..end].TrimEnd("\r\n"u8));
    }

    /// <summary>Whether the text ends with a line break (\n or \r), which starts no line of its own for a reader of lines.</summary>
    public bool EndsWithLineBreak => Length > 0 && (IsReleasedAscii ? _utf8.Span[^1] is (byte)'\n' or (byte)'\r' : Text[^1] is '\n' or '\r');

    private bool IsReleasedAscii => _text is null && _utf8.Length == Length;

    private static int[] ComputeLineStarts(string text)
    {
        if (Sse2.IsSupported && NewlineOnlyLineStarts(text) is { } newlineOnly) return newlineOnly;
        var starts = new List<int>(text.Length / 32 + 1) { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                starts.Add(i + 1);
            }
            else if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
        }
        return starts.ToArray();
    }

    [ThreadStatic]
    private static int[]? t_lineStarts;

    /// <summary>The line starts of a text whose only line break is \n (nearly every file), looking at 16 characters
    /// at a time; null when the text has a \r. Written with SSE2 itself because the portable vector searches are
    /// not inlined in the AOT-compiled tool, which made them no faster than a character loop.</summary>
    private static int[]? NewlineOnlyLineStarts(string text)
    {
        var buffer = t_lineStarts ??= new int[1024];
        var count = 1;
        buffer[0] = 0;
        ref var chars = ref Unsafe.As<char, short>(ref MemoryMarshal.GetReference(text.AsSpan()));
        var newline = Vector128.Create((short)'\n');
        var carriageReturn = Vector128.Create((short)'\r');
        var i = 0;
        for (; i + 16 <= text.Length; i += 16)
        {
            var low = Vector128.LoadUnsafe(ref chars, (nuint)i);
            var high = Vector128.LoadUnsafe(ref chars, (nuint)(i + 8));
            var returns = Sse2.PackSignedSaturate(Sse2.CompareEqual(low, carriageReturn), Sse2.CompareEqual(high, carriageReturn));
            if (Sse2.MoveMask(returns) != 0) return null;
            var breaks = (uint)Sse2.MoveMask(Sse2.PackSignedSaturate(Sse2.CompareEqual(low, newline), Sse2.CompareEqual(high, newline)));
            while (breaks != 0)
            {
                if (count == buffer.Length) t_lineStarts = buffer = GrowLineStarts(buffer);
                buffer[count++] = i + BitOperations.TrailingZeroCount(breaks) + 1;
                breaks &= breaks - 1;
            }
        }
        for (; i < text.Length; i++)
        {
            if (text[i] == '\r') return null;
            if (text[i] != '\n') continue;
            if (count == buffer.Length) t_lineStarts = buffer = GrowLineStarts(buffer);
            buffer[count++] = i + 1;
        }
        return buffer.AsSpan(0, count).ToArray();
    }

    private static int[] GrowLineStarts(int[] buffer)
    {
        Array.Resize(ref buffer, buffer.Length * 2);
        return buffer;
    }
}
