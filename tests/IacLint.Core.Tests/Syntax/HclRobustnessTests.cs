using System.Text;
using IacLint.Syntax;
using IacLint.Syntax.Hcl;

namespace IacLint.Tests.Syntax;

/// <summary>No input crashes the parser: HCL's own fuzz seeds (testdata/hcl/fuzz-seeds, MPL-2.0), deterministic
/// mutations of them, and hostile nesting.</summary>
public class HclRobustnessTests
{
    public static TheoryData<string> Seeds() =>
        new(Directory.GetFiles(Path.Combine(TestPaths.TestData, "hcl", "fuzz-seeds"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(TestPaths.TestData, "hcl", "fuzz-seeds"), f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seeds_and_their_mutations_never_throw(string seed)
    {
        var text = DecodeGoFuzzSeed(File.ReadAllText(Path.Combine(TestPaths.TestData, "hcl", "fuzz-seeds", seed)));
        ParseEveryWay(text);
        var random = new Random(seed.GetHashCode(StringComparison.Ordinal) & 0x7fffffff);
        const string Interesting = "{}[]()\"$%~<>-=\n\\#/*:?.,!&|'\u00e9\t";
        for (var i = 0; i < 300; i++)
        {
            var builder = new StringBuilder(text);
            var edits = random.Next(1, 5);
            for (var e = 0; e < edits; e++)
            {
                var at = builder.Length == 0 ? 0 : random.Next(builder.Length + 1);
                switch (random.Next(4))
                {
                    case 0:
                        builder.Insert(at, Interesting[random.Next(Interesting.Length)]);
                        break;
                    case 1 when builder.Length > 0:
                        builder.Remove(Math.Min(at, builder.Length - 1), 1);
                        break;
                    case 2 when builder.Length > 0:
                        var length = random.Next(1, Math.Max(2, builder.Length - Math.Min(at, builder.Length - 1)));
                        var start = Math.Min(at, builder.Length - 1);
                        builder.Insert(at, builder.ToString(start, Math.Min(length, builder.Length - start)));
                        break;
                    default:
                        builder.Length = Math.Min(builder.Length, at);
                        break;
                }
            }
            ParseEveryWay(builder.ToString());
        }
    }

    [Theory]
    [InlineData("a = ", "[", "]")]
    [InlineData("a = ", "(", ")")]
    [InlineData("a = ", "{x = ", "}")]
    [InlineData("a = ", "\"${", "}\"")]
    [InlineData("a = ", "!", "")]
    [InlineData("", "b {\n", "}\n")]
    public void Deep_nesting_is_a_diagnostic_not_a_stack_overflow(string prefix, string open, string close)
    {
        var text = prefix + string.Concat(Enumerable.Repeat(open, 50_000)) + "1" + string.Concat(Enumerable.Repeat(close, 50_000)) + "\nafter = 2\n";
        var file = HclParser.Parse(new SourceText("deep.tf", text));
        file.Diagnostics.ShouldContain(d => d.Message.Contains("nested more than"));
        file.Body.Attribute("after").ShouldNotBeNull();
    }

    private static void ParseEveryWay(string text)
    {
        var source = new SourceText("fuzz.hcl", text);
        var file = HclParser.Parse(source);
        HclJsonConverter.Convert(file);
        HclParser.ParseExpression(source);
    }

    /// <summary>Go's fuzz corpus format: a header line, then <c>[]byte("…")</c> with Go string escapes.</summary>
    private static string DecodeGoFuzzSeed(string content)
    {
        var start = content.IndexOf("(\"", StringComparison.Ordinal);
        if (!content.StartsWith("go test fuzz", StringComparison.Ordinal) || start < 0) return content;
        var end = content.LastIndexOf("\")", StringComparison.Ordinal);
        var literal = content[(start + 2)..end];
        var bytes = new List<byte>();
        for (var i = 0; i < literal.Length; i++)
        {
            var c = literal[i];
            if (c != '\\' || i + 1 >= literal.Length)
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
                continue;
            }
            var e = literal[++i];
            switch (e)
            {
                case 'n': bytes.Add((byte)'\n'); break;
                case 't': bytes.Add((byte)'\t'); break;
                case 'r': bytes.Add((byte)'\r'); break;
                case 'x': bytes.Add(Convert.ToByte(literal.Substring(i + 1, 2), 16)); i += 2; break;
                default: bytes.AddRange(Encoding.UTF8.GetBytes(e.ToString())); break;
            }
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}

/// <summary>Two differences from HashiCorp's parser found on a public corpus, now agreeing (verdict and position).</summary>
public class HclFidelityTests
{
    private static IReadOnlyList<SyntaxDiagnostic> Diagnostics(string text) => HclParser.Parse(new SourceText("main.tf", text)).Diagnostics;

    [Fact]
    public void A_heredoc_closing_marker_may_be_followed_by_spaces()
    {
        Diagnostics("resource \"x\" \"y\" {\n  policy = <<POLICY\n{\"a\": 1}\nPOLICY  \n}\n").ShouldBeEmpty();
        Diagnostics("p = <<-EOT\n  x\n  EOT\t \n").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("resource \"x\" \"y\" {\n  cidr = 10.11.10.12/32\n}\n", "(2,10,2,21)", "Invalid number literal")]
    [InlineData("a = foo.0.1\n", "(1,9,1,12)", "Invalid legacy index syntax")]
    public void An_unquoted_cidr_is_an_invalid_number_literal_at_hashicorps_position(string text, string span, string message)
    {
        var diagnostic = Diagnostics(text).ShouldHaveSingleItem();
        diagnostic.Span.ToString().ShouldBe(span);
        diagnostic.Message.ShouldStartWith(message);
    }

    [Theory]
    [InlineData("a = 1.5e3\n")]
    [InlineData("a = foo.0.bar\n")]
    [InlineData("a = 10 / 2.5\n")]
    public void Ordinary_numbers_and_legacy_indexes_still_parse(string text) => Diagnostics(text).ShouldBeEmpty();
}
