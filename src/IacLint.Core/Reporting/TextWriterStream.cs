using System.Text;

namespace IacLint.Reporting;

/// <summary>
/// A write-only stream that decodes UTF-8 into a <see cref="TextWriter"/>, so JSON serializers write a report to the
/// console or a file as they go, instead of building the whole document as one string first (a SARIF log of a large
/// repository is tens of megabytes).
/// </summary>
public sealed class TextWriterStream(TextWriter output) : Stream
{
    private readonly Decoder _decoder = new UTF8Encoding(false, true).GetDecoder();
    private char[] _chars = new char[4096];

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        // Sized for the worst case so the bytes are decoded once. The decoder keeps a multi-byte character split
        // across two writes until its second part arrives.
        var most = Encoding.UTF8.GetMaxCharCount(buffer.Length);
        if (most > _chars.Length) _chars = new char[Math.Max(most, _chars.Length * 2)];
        var written = _decoder.GetChars(buffer, _chars, flush: false);
        output.Write(_chars, 0, written);
    }

    public override void Flush() => output.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
