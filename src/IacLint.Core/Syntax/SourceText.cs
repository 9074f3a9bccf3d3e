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

    private int[] LineStarts => _lineStarts ??= ComputeLineStarts(Text);

    public int LineCount => LineStarts.Length;

    // Parsers ask for positions in increasing order, so the line of the last answer (or the next) is almost always
    // right; a stale value from another thread is only a missed shortcut, because it is checked before use.
    private int _lastLine;

    /// <summary>The 1-based line and column of an offset; a line break is \n, \r\n or \r.</summary>
    public (int Line, int Column) GetPosition(int offset)
    {
        var starts = LineStarts;
        offset = Math.Clamp(offset, 0, Text.Length);
        var index = _lastLine;
        if (!IsOnLine(starts, index, offset))
        {
            index++;
            if (!IsOnLine(starts, index, offset)) index = LineOf(starts, offset);
            _lastLine = index;
        }
        return (index + 1, offset - starts[index] + 1);
    }

    /// <summary>The last line whose start is at or before the offset.</summary>
    private static int LineOf(int[] starts, int offset)
    {
        int low = 0, high = starts.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) >>> 1;
            if (starts[middle] <= offset) low = middle;
            else high = middle - 1;
        }
        return low;
    }

    private static bool IsOnLine(int[] starts, int line, int offset) =>
        line < starts.Length && starts[line] <= offset && (line + 1 == starts.Length || offset < starts[line + 1]);

    public SourceSpan GetSpan(int startOffset, int endOffset)
    {
        var (startLine, startColumn) = GetPosition(startOffset);
        var (endLine, endColumn) = GetPosition(endOffset);
        return new SourceSpan(startLine, startColumn, endLine, endColumn, startOffset, endOffset);
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
