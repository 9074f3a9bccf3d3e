using System.Diagnostics;
using IacLint.Syntax;
using IacLint.Syntax.Yaml;
using YamlDotNet.Core;

/// <summary>
/// What reading YAML costs and who pays it: YamlDotNet's parser alone (every event with its marks, which is all the
/// project needs from it) against IacLint's whole reader (those events into the data tree with spans, comments,
/// anchors and bounds), on one thread, over every .yaml/.yml file of a folder. If the reader is barely slower than
/// the parser under it, the only way to read YAML faster is another parser.
/// </summary>
internal static class YamlParse
{
    public static int Run(string directory, int iterations)
    {
        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => new SourceText(f, File.ReadAllText(f)))
            .ToList();
        var megabytes = files.Sum(f => (long)System.Text.Encoding.UTF8.GetByteCount(f.Text)) / 1024.0 / 1024.0;
        var events = 0L;
        var parser = Measure(() => events = ParserEvents(files), iterations);
        var reader = Measure(() => ReadAll(files), iterations);
        Console.WriteLine($"yaml-parse: {files.Count} files, {megabytes:F2} MB, {events} events; MB/s cold first pass / warmed:");
        Console.WriteLine($"  YamlDotNet parser, events only    {megabytes / parser.Cold,7:F1} / {megabytes * iterations / parser.Warm,7:F1}");
        Console.WriteLine($"  IacLint YamlReader (tree, spans)  {megabytes / reader.Cold,7:F1} / {megabytes * iterations / reader.Warm,7:F1}");
        Console.WriteLine($"  the parser's share of reading: {parser.Warm / reader.Warm:P0} warmed, {parser.Cold / reader.Cold:P0} cold");
        return 0;
    }

    /// <summary>The first pass in this process, then <paramref name="iterations"/> passes after a second of warm-up.</summary>
    private static (double Cold, double Warm) Measure(Action pass, int iterations)
    {
        var clock = Stopwatch.StartNew();
        pass();
        var cold = clock.Elapsed.TotalSeconds;
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(1)) pass();
        clock.Restart();
        for (var i = 0; i < iterations; i++) pass();
        return (cold, clock.Elapsed.TotalSeconds);
    }

    private static long ParserEvents(List<SourceText> files)
    {
        var count = 0L;
        foreach (var file in files)
        {
            try
            {
                var parser = new Parser(new Scanner(new StringReader(file.Text), skipComments: false));
                while (parser.MoveNext())
                {
                    // The marks are what spans are made of: reading them is part of the parser's work here.
                    count += parser.Current!.Start.Index + parser.Current.End.Index > -1 ? 1 : 0;
                }
            }
            catch (YamlException)
            {
                // A broken file costs up to its error, as in the reader.
            }
        }
        return count;
    }

    private static void ReadAll(List<SourceText> files)
    {
        foreach (var file in files) YamlReader.ReadAll(file);
    }
}
