using System.Buffers;
using System.Text.Unicode;
using IacLint.Syntax;

namespace IacLint.Discovery;

/// <summary>Why a file could not be turned into text.</summary>
public enum LoadProblemKind
{
    Unreadable,
    TooLarge,
    Binary,
    InvalidUtf8,
}

/// <param name="Span">Where the problem is (the first invalid byte), or the start of the file.</param>
public sealed record LoadProblem(LoadProblemKind Kind, string Message, SourceSpan Span);

public sealed record LoadedSource(DiscoveredFile File, SourceText? Text, LoadProblem? Problem);

/// <summary>
/// Reads a discovered file once, as strict UTF-8 (a BOM is dropped). Binary, oversized, unreadable and invalid
/// UTF-8 files become problems with a position, never exceptions.
/// </summary>
public static class SourceLoader
{
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    public static LoadedSource Load(DiscoveredFile file, long maxBytes = DefaultMaxBytes)
    {
        ReadOnlyMemory<byte> bytes;
        try
        {
            // One open for the size and the content: the size from the open handle, not from another lookup by path.
            using var handle = File.OpenHandle(file.FullPath);
            var length = RandomAccess.GetLength(handle);
            if (length > maxBytes)
            {
                return Problem(file, LoadProblemKind.TooLarge,
                    $"File is {length / (1024 * 1024)} MiB, larger than the {maxBytes / (1024 * 1024)} MiB limit; not audited.");
            }
            var buffer = new byte[length];
            var read = 0;
            while (read < buffer.Length && RandomAccess.Read(handle, buffer.AsSpan(read), read) is var count and > 0) read += count;
            bytes = buffer.AsMemory(0, read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return Problem(file, LoadProblemKind.Unreadable, $"File could not be read: {e.Message}");
        }
        return Decode(file, bytes);
    }

    private static LoadedSource Decode(DiscoveredFile file, ReadOnlyMemory<byte> content)
    {
        if (content.Span.StartsWith("\uFEFF"u8)) content = content[3..];
        var bytes = content.Span;
        var probe = bytes[..Math.Min(bytes.Length, 8000)];
        if (probe.IndexOf((byte)0) >= 0)
        {
            return Problem(file, LoadProblemKind.Binary, "File looks binary (it contains NUL bytes); not audited.");
        }

        // Decoded into a pooled buffer: the string is made once for the reader, the bytes are what a scan keeps.
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                // Position the problem at the first invalid byte, counting lines in what decoded cleanly before it.
                var prefix = new SourceText(file.RelativePath, new string(chars, 0, charsWritten));
                var offset = charsWritten;
                var span = prefix.GetSpan(offset, offset);
                span = span with { EndColumn = span.StartColumn + 1 };
                return new LoadedSource(file, null, new LoadProblem(LoadProblemKind.InvalidUtf8,
                    $"File is not valid UTF-8 (byte 0x{bytes[bytesRead]:X2} at byte offset {bytesRead}); not audited.", span));
            }
            return new LoadedSource(file, new SourceText(file.RelativePath, new string(chars, 0, charsWritten), content), null);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static LoadedSource Problem(DiscoveredFile file, LoadProblemKind kind, string message) =>
        new(file, null, new LoadProblem(kind, message, SourceSpan.FileStart with { EndColumn = 1 }));
}
