using System.Runtime.CompilerServices;

namespace IacLint.Syntax;

/// <summary>A file's decoded text and its path relative to the scan root (forward slashes).</summary>
public sealed class SourceText
{
    private int[]? _lineStarts;

    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
    }

    /// <summary>Path relative to the scan root, with forward slashes.</summary>
    public string Path { get; }

    public string Text { get; }

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
        offset = Math.Clamp(offset, 0, Text.Length);
        var index = LineOf(starts, offset, _lastLine);
        _lastLine = index;
        return (index + 1, offset - starts[index] + 1);
    }

    /// <summary>The last line whose start is at or before the offset (which is within the text), looked for first
    /// on the hinted line and the next one, then by bisection.</summary>
    private static int LineOf(int[] starts, int offset, int hint)
    {
        if ((uint)hint < (uint)starts.Length && starts[hint] <= offset)
        {
            if (hint + 1 == starts.Length || offset < starts[hint + 1]) return hint;
            if (hint + 2 == starts.Length || offset < starts[hint + 2]) return hint + 1;
        }
        int low = 0, high = starts.Length - 1;
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
        var start = Math.Clamp(startOffset, 0, Text.Length);
        var end = Math.Clamp(endOffset, 0, Text.Length);
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
        if (line > starts.Length) return Text.Length;
        return Math.Min(Text.Length, starts[line - 1] + Math.Max(0, column - 1));
    }

    /// <summary>The text of a 1-based line without its line break.</summary>
    public ReadOnlySpan<char> GetLine(int line)
    {
        var starts = LineStarts;
        if (line < 1 || line > starts.Length) return ReadOnlySpan<char>.Empty;
        var start = starts[line - 1];
        var end = line < starts.Length ? starts[line] : Text.Length;
        var span = Text.AsSpan(start, end - start);
        return span.TrimEnd("\r\n");
    }

    private static int[] ComputeLineStarts(string text)
    {
        var span = text.AsSpan();
        if (!span.Contains('\r'))
        {
            // Only \n breaks (nearly every file): vectorised counting and searching, into an array of the right size.
            var lineStarts = new int[span.Count('\n') + 1];
            var line = 1;
            for (var at = span.IndexOf('\n'); at >= 0; at = span.Slice(lineStarts[line - 1]).IndexOf('\n'))
            {
                lineStarts[line] = lineStarts[line - 1] + at + 1;
                line++;
            }
            return lineStarts;
        }
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
}
