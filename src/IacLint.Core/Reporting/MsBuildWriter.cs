using IacLint.Engine;
using IacLint.Findings;

namespace IacLint.Reporting;

/// <summary>
/// MSBuild's canonical diagnostic format, <c>path(line,col,endLine,endCol): warning IAC5001: message</c>, which
/// <c>dotnet build</c>, IDE error lists and CI log parsers pick up. Paths are absolute so editors can open them.
/// Notes are written as <c>info</c>, which MSBuild shows as a message rather than a warning.
/// </summary>
public sealed class MsBuildWriter : IReportWriter
{
    public string Format => "msbuild";

    public void Write(ScanResult result, TextWriter output, WriterOptions options)
    {
        foreach (var error in result.ConfigErrors)
        {
            output.WriteLine($"{FullPath(result, error.Path)}({error.Line},{error.Column}): error IAC0000: {error.Message}");
        }
        foreach (var finding in result.Unsuppressed)
        {
            var span = finding.Location.Span;
            var category = finding.Level switch
            {
                Level.Error => "error",
                Level.Warning => "warning",
                _ => "info",
            };
            output.WriteLine(
                $"{FullPath(result, finding.Location.Path)}({span.StartLine},{span.StartColumn},{span.EndLine},{span.EndColumn}): {category} {finding.Rule.Id}: {MessageText.Plain(finding.Message)} [{finding.Rule.HelpUri}]");
        }
    }

    private static string FullPath(ScanResult result, string path) =>
        Path.IsPathRooted(path) ? path : Path.Combine(result.Root, path.Replace('/', Path.DirectorySeparatorChar));
}
