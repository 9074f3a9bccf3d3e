using IacLint.Engine;
using IacLint.Reporting;

namespace IacLint.Cli.Commands;

/// <summary>Writes a result to each target. Files are written whole or not at all: each goes to a temporary file
/// beside it first and is moved into place only when every file was written, so a failure leaves no half report.</summary>
internal static class Report
{
    /// <returns>False when a writer failed (a bug); the other targets are still written. An output that cannot be
    /// written at all is a <see cref="UsageException"/>, and then no file is.</returns>
    public static bool Write(ScanResult result, IReadOnlyList<OutputTarget> targets)
    {
        var allWritten = true;
        var written = new List<(string Temporary, string Path)>();
        try
        {
            foreach (var target in targets.Where(t => t.Path is not null))
            {
                allWritten &= Isolated(target, () =>
                    written.Add((WriteTemporary(target.Path!, writer => target.Writer.Write(result, writer, new WriterOptions())), target.Path!)));
            }
            foreach (var target in targets.Where(t => t.Path is null))
            {
                var color = target.Writer is ConsoleWriter && !Console.IsOutputRedirected &&
                            string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
                allWritten &= Isolated(target, () => WriteToStandardOutput(writer => target.Writer.Write(result, writer, new WriterOptions(color))));
            }
            foreach (var (temporary, path) in written)
            {
                Guard(path, () => File.Move(temporary, path, overwrite: true));
            }
        }
        finally
        {
            foreach (var (temporary, _) in written) File.Delete(temporary);
        }
        return allWritten;
    }

    /// <summary>Reports are written in 64 KB pieces: with the default buffers a SARIF log of the checkov tree was
    /// thousands of write calls to a file and tens of thousands to standard output (Console.Out flushes every write).</summary>
    private const int WriteBufferSize = 1 << 16;

    private static void WriteToStandardOutput(Action<TextWriter> write)
    {
        Console.Out.Flush();
        using var output = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), WriteBufferSize);
        write(output);
    }

    /// <summary>One broken writer must not cost the other reports (a SARIF upload and the console log are
    /// independent): its failure is reported as the bug it is, and the others are still written.</summary>
    private static bool Isolated(OutputTarget target, Action write)
    {
        try
        {
            write();
            return true;
        }
        catch (Exception e) when (e is not (OutOfMemoryException or UsageException))
        {
            Console.Error.WriteLine($"iaclint: internal error while writing the {target.Writer.Format} report{(target.Path is null ? "" : $" to {target.Path}")}: {e.GetType().Name}: {e.Message}");
            Console.Error.WriteLine("This is a bug in IacLint; please report it with the command you ran.");
            return false;
        }
    }

    /// <summary>Writes a whole file through a temporary one beside it (so the move is a rename on one volume).</summary>
    public static void WriteFile(string path, Action<TextWriter> write)
    {
        var temporary = WriteTemporary(path, write);
        try
        {
            Guard(path, () => File.Move(temporary, path, overwrite: true));
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static string WriteTemporary(string path, Action<TextWriter> write)
    {
        if (Directory.Exists(path)) throw new UsageException($"Cannot write {path}: it is a folder; give a file name.");
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Guard(path, () =>
            {
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                using var writer = new StreamWriter(temporary, false, new System.Text.UTF8Encoding(false), WriteBufferSize);
                write(writer);
            });
        }
        catch
        {
            if (File.Exists(temporary)) File.Delete(temporary);
            throw;
        }
        return temporary;
    }

    /// <summary>An output that cannot be written is the user's to fix (exit 2), named with the reason in one line.</summary>
    private static void Guard(string path, Action action)
    {
        try
        {
            action();
        }
        catch (UnauthorizedAccessException)
        {
            throw new UsageException($"Cannot write {path}: permission denied.");
        }
        catch (IOException e)
        {
            throw new UsageException($"Cannot write {path}: {e.Message.ReplaceLineEndings(" ").TrimEnd('.')}.");
        }
    }
}
