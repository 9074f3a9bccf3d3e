using System.Text.Json;
using System.Text.Json.Nodes;

namespace IacLint.Tests;

public class ExitCodeTests
{
    [Fact]
    public void Clean_repo_exits_0()
    {
        using var temp = new TempFolder();
        temp.Write("appsettings.json", "{ \"AllowedHosts\": \"example.com\" }");
        var run = Tool.In(temp.Path);
        run.ExitCode.ShouldBe(0);
        run.Stdout.ShouldContain("No findings in 1 file audited.");
    }

    [Fact]
    public void Fail_on_sets_the_threshold()
    {
        using var temp = new TempFolder();
        temp.Write("appsettings.json", "{ \"AllowedHosts\": \"*\" }");
        Tool.In(temp.Path).ExitCode.ShouldBe(0);
        Tool.In(temp.Path, "--fail-on", "warning").ExitCode.ShouldBe(1);
        temp.Write("iaclint.toml", "[scan]\nfail-on = \"warning\"\n");
        Tool.In(temp.Path).ExitCode.ShouldBe(1);
        Tool.In(temp.Path, "--fail-on", "none").ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Bad_configuration_exits_2_naming_file_line_and_column()
    {
        using var temp = new TempFolder();
        temp.Write("appsettings.json", "{}");
        temp.Write("iaclint.toml", "[rules]\nIAC5001 = \"loud\"\n");
        var run = Tool.In(temp.Path);
        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("iaclint.toml(2,11): A rule is set to off, on, error, warning or note, not 'loud'");
        run.Stdout.ShouldNotContain("   at ");
    }

    [Theory]
    [InlineData("--format", "pdf")]
    [InlineData("--fail-on", "sometimes")]
    [InlineData("--no-such-option")]
    [InlineData("--output", "x.sarif", "--format", "sarif", "--output", "x.sarif")]
    [InlineData("--format", "json", "--format", "sarif")]
    public void Usage_errors_exit_2(params string[] args)
    {
        var run = Tool.Run(["testdata/repos/webshop", .. args]);
        run.ExitCode.ShouldBe(2, run.Stdout + run.Stderr);
        run.Stderr.ShouldStartWith("iaclint: ");
    }

    [Fact]
    public void Missing_folder_exits_2()
    {
        var run = Tool.Run("testdata/repos/no-such-repo");
        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("does not exist");
    }
}

public class BaselineTests
{
    [Fact]
    public void Only_new_findings_fail_and_fixed_ones_are_absent()
    {
        using var temp = new TempFolder();
        temp.Write("appsettings.json", "{\n  \"Db\": { \"Password\": \"one\" },\n  \"Mq\": { \"Password\": \"two\" }\n}\n");
        var baseline = Path.Combine(temp.Path, "iaclint.baseline.sarif");
        var write = Tool.In(temp.Path, "baseline", ".");
        write.ExitCode.ShouldBe(0, write.Stderr);
        write.Stdout.ShouldContain("Baseline of 2 findings written to iaclint.baseline.sarif.");
        Tool.In(temp.Path, ".", "--baseline", baseline).ExitCode.ShouldBe(0);

        // One fixed, one moved down by an inserted line, one new.
        temp.Write("appsettings.json", "{\n  \"Inserted\": 1,\n  \"Mq\": { \"Password\": \"two\" },\n  \"Api\": { \"Token\": \"three\" }\n}\n");
        var run = Tool.In(temp.Path, ".", "--baseline", baseline, "--format", "sarif");
        run.ExitCode.ShouldBe(1);
        var results = JsonNode.Parse(run.Stdout)!["runs"]![0]!["results"]!.AsArray();
        results.Select(r => r!["message"]!["text"]!.GetValue<string>().Split(' ')[0] + " " + r["baselineState"]!.GetValue<string>())
            .Order(StringComparer.Ordinal)
            .ShouldBe(["'Api:Token' new", "'Db:Password' absent", "'Mq:Password' unchanged"]);
    }

    [Fact]
    public void Unreadable_baseline_is_a_usage_error()
    {
        using var temp = new TempFolder();
        temp.Write("appsettings.json", "{}");
        temp.Write("bad.sarif", "not json");
        var run = Tool.In(temp.Path, ".", "--baseline", "bad.sarif");
        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("could not be read as SARIF");
    }
}

public class CommandTests
{
    [Fact]
    public void Rules_lists_every_rule_in_each_format()
    {
        Tool.Run("rules").Stdout.ShouldContain("IAC5001  error    plaintext-secret");
        Tool.Run("rules", "--format", "markdown").Stdout.ShouldContain("| [IAC5004](docs/rules/IAC5004.md) | `allowed-hosts-wildcard-in-production` | warning | 5.4 |");
        using var json = JsonDocument.Parse(Tool.Run("rules", "--format", "json").Stdout);
        json.RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetString()).ShouldContain("IAC5006");
    }

    [Fact]
    public void Init_writes_a_starter_config_that_the_scan_accepts()
    {
        using var temp = new TempFolder();
        Tool.In(temp.Path, "init").ExitCode.ShouldBe(0);
        File.ReadAllText(Path.Combine(temp.Path, "iaclint.toml")).ShouldContain("[rules]");
        Tool.In(temp.Path, "init").ExitCode.ShouldBe(2);
        Tool.In(temp.Path, ".").ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Version_prints_the_semantic_version()
    {
        var run = Tool.Run("--version");
        run.ExitCode.ShouldBe(0);
        run.Stdout.Trim().ShouldMatch(@"^\d+\.\d+\.\d+");
    }

    [Fact]
    public void Each_format_goes_to_its_own_output()
    {
        using var temp = new TempFolder();
        var run = Tool.Run("testdata/repos/webshop", "-f", "sarif", "-o", Path.Combine(temp.Path, "a", "r.sarif"), "-f", "json", "-o", Path.Combine(temp.Path, "r.json"), "-f", "console");
        run.ExitCode.ShouldBe(1);
        JsonNode.Parse(File.ReadAllText(Path.Combine(temp.Path, "a", "r.sarif")))!["version"]!.GetValue<string>().ShouldBe("2.1.0");
        JsonNode.Parse(File.ReadAllText(Path.Combine(temp.Path, "r.json")))!["schemaVersion"]!.GetValue<int>().ShouldBe(1);
        run.Stdout.ShouldContain("17 findings");
    }
}

public class BadInputTests
{
    [Fact]
    public void Every_kind_of_bad_file_is_reported_and_the_rest_is_still_audited()
    {
        using var temp = new TempFolder();
        temp.Write("good/appsettings.json", "{ \"AllowedHosts\": \"*\" }");
        temp.Write("malformed/appsettings.json", "{ \"a\": ");
        temp.WriteBytes("binary/appsettings.json", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0xFE]);
        temp.WriteBytes("utf8/appsettings.json", [(byte)'{', (byte)'\n', (byte)'"', (byte)'a', (byte)'"', (byte)':', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)'}']);
        temp.Write("deep/appsettings.json", "{\"a\":" + new string('[', 10_000) + new string(']', 10_000) + "}");
        var blocks = 0;
        using (var big = File.Create(Path.Combine(temp.Path, "big", "appsettings.json").Also(p => Directory.CreateDirectory(Path.GetDirectoryName(p)!))))
        {
            // 50 MB of valid JSON: one object with many keys.
            var chunk = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 1000).Select(i => $"\"k{i}\": \"{new string('x', 40)}\",\n")));
            big.Write("{\n"u8);
            var written = 2L;
            while (written < 50L * 1024 * 1024)
            {
                var prefixed = System.Text.Encoding.UTF8.GetBytes($"\"b{blocks++}\": {{\n");
                big.Write(prefixed);
                big.Write(chunk);
                big.Write("\"end\": 0 },\n"u8);
                written += prefixed.Length + chunk.Length + 12;
            }
            big.Write("\"AllowedHosts\": \"*\"\n}\n"u8);
        }
        File.CreateSymbolicLink(Path.Combine(temp.Path, "appsettings.json"), Path.Combine(temp.Path, "nowhere.json"));

        // "{", then 1002 lines per block, then the AllowedHosts line.
        var bigFileLastLine = 1 + 1002 * blocks + 1;
        var run = Tool.In(temp.Path, ".", "--format", "json", "--fail-on", "none");
        run.ExitCode.ShouldBe(0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.GetProperty("ruleId").GetString()} {f.GetProperty("path").GetString()}:{f.GetProperty("startLine").GetInt32()}:{f.GetProperty("startColumn").GetInt32()}")
            .ToList();
        findings.ShouldBe([
            $"IAC5004 big/appsettings.json:{bigFileLastLine}:17",
            "IAC0003 binary/appsettings.json:1:1",
            "IAC0001 deep/appsettings.json:1:69",
            "IAC5004 good/appsettings.json:1:19",
            "IAC0001 malformed/appsettings.json:1:8",
            "IAC0001 utf8/appsettings.json:2:6",
        ], run.Stdout);
        json.RootElement.GetProperty("notifications").EnumerateArray()
            .Single().GetProperty("path").GetString().ShouldBe("appsettings.json");
    }
}

internal static class FunctionalExtensions
{
    public static T Also<T>(this T value, Action<T> action)
    {
        action(value);
        return value;
    }
}
