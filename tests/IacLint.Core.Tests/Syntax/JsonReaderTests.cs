using System.Text.Json;
using IacLint.Syntax;
using IacLint.Syntax.Json;
using JsonReaderOptions = IacLint.Syntax.Json.JsonReaderOptions;

namespace IacLint.Tests.Syntax;

public class JsonReaderTests
{
    private static DataDocument Read(string text, JsonReaderOptions? options = null) =>
        JsonReader.Read(new SourceText("a.json", text), options ?? JsonReaderOptions.DotNetConfiguration);

    [Fact]
    public void Keeps_exact_spans_of_keys_and_values()
    {
        var document = Read("{\n  \"Logging\": {\n    \"Level\": \"Debug\"\n  },\n  \"N\": -1.5e3\n}");
        var root = document.Root.ShouldBeOfType<DataObject>();
        root.Span.ShouldBe(new SourceSpan(1, 1, 6, 2, 0, document.Source.Text.Length));
        var logging = root.Properties[0];
        logging.NameSpan.ShouldBe(new SourceSpan(2, 3, 2, 12, 4, 13));
        var level = logging.Value.ShouldBeOfType<DataObject>().Properties[0];
        level.NameSpan.StartLine.ShouldBe(3);
        level.NameSpan.StartColumn.ShouldBe(5);
        var value = level.Value.ShouldBeOfType<DataScalar>();
        (value.Span.StartLine, value.Span.StartColumn, value.Span.EndLine, value.Span.EndColumn).ShouldBe((3, 14, 3, 21));
        value.Text.ShouldBe("Debug");
        var number = root.Properties[1].Value.ShouldBeOfType<DataScalar>();
        number.Kind.ShouldBe(ScalarKind.Number);
        number.Text.ShouldBe("-1.5e3");
        (number.Span.StartColumn, number.Span.EndColumn).ShouldBe((8, 14));
    }

    [Fact]
    public void Collects_comments_with_positions()
    {
        var document = Read("{\n  // one\n  \"a\": 1, /* two */\n  \"b\": 2\n}");
        document.HasErrors.ShouldBeFalse();
        document.Comments.Select(c => (c.Text, c.Span.StartLine, c.Span.StartColumn)).ShouldBe([(" one", 2, 3), (" two ", 3, 11)]);
    }

    [Fact]
    public void Unescapes_strings()
    {
        var root = Read("{\"k\\u0041\": \"a\\\"b\\\\c\\n\\u00e9\"}").Root.ShouldBeOfType<DataObject>();
        root.Properties[0].Name.ShouldBe("kA");
        root.Properties[0].Value.ShouldBeOfType<DataScalar>().Text.ShouldBe("a\"b\\c\né");
    }

    [Theory]
    [InlineData("{\"a\": 1,\n \"b\" 2}", 2, 6)]
    [InlineData("{\"a\": tru}", 1, 7)]
    [InlineData("{\"a\": 01}", 1, 7)]
    [InlineData("[1, 2", 1, 6)]
    [InlineData("{\"a\": \"x}", 1, 7)]
    [InlineData("", 1, 1)]
    [InlineData("{} {}", 1, 4)]
    [InlineData("{\n\n  /* open", 3, 3)]
    public void Reports_the_first_error_at_its_position(string text, int line, int column)
    {
        var document = Read(text);
        document.Root.ShouldBeNull();
        var diagnostic = document.Diagnostics.ShouldHaveSingleItem();
        (diagnostic.Span.StartLine, diagnostic.Span.StartColumn).ShouldBe((line, column));
    }

    public static TheoryData<string> DifferentialInputs() =>
    [
        "{}", "[]", "{\"a\":1}", "{\"a\":1,}", "[1,2,]", "[,]", "{,}", "{\"a\":1,,}", "[1 2]",
        "// c\n{\"a\":1}", "{\"a\":1} // c", "{\"a\":/*c*/1}", "{\"a\":1}/*", "/", "{\"a\":1}/",
        "{\"a\":true}", "{\"a\":True}", "{\"a\":nul}", "{\"a\":null}", "{\"a\":-}", "{\"a\":-0}", "{\"a\":1.}",
        "{\"a\":.5}", "{\"a\":1e}", "{\"a\":1E+2}", "{\"a\":0x10}", "{\"a\":+1}", "{\"a\":NaN}", "{'a':1}",
        "{\"a\":\"\t\"}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"\\u12G4\"}", "{a:1}", "\"str\"", "1", "  ",
        "{\"a\":1}\n\n", "{\"a\":[{\"b\":[]}]}", "{\"a\":\"x\"\"b\":1}", "{\"a\" : [ 1 , { } , [ ] ] }", "\u00a0{}",
        "{\"a\":1}\u0000", "[1,]", "[1,/*x*/]", "{\"a\":1,//x\n}", "{\"a\":truefalse}", "{\"a\":1true}", "{\"a\":\"b\"/**/}",
        new string('[', 64) + new string(']', 64),
        new string('[', 65) + new string(']', 65),
        "{" + string.Concat(Enumerable.Repeat("\"a\":{", 63)) + "\"b\":1" + new string('}', 64),
        "{" + string.Concat(Enumerable.Repeat("\"a\":{", 64)) + "\"b\":1" + new string('}', 65),
    ];

    /// <summary>System.Text.Json with the .NET configuration provider's options is the oracle: both accept or both reject.</summary>
    [Theory]
    [MemberData(nameof(DifferentialInputs))]
    public void Accepts_exactly_what_the_dotnet_configuration_provider_accepts(string text)
    {
        bool expected;
        try
        {
            using var _ = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            expected = true;
        }
        catch (JsonException)
        {
            expected = false;
        }
        var document = Read(text);
        (document.Root is not null).ShouldBe(expected, $"input: {text}; ours: {string.Join("; ", document.Diagnostics.Select(d => d.Message))}");
    }

    [Fact]
    public void Strict_mode_rejects_comments_and_trailing_commas()
    {
        Read("{\"a\":1,}", JsonReaderOptions.Strict).HasErrors.ShouldBeTrue();
        Read("{\"a\":1} // c", JsonReaderOptions.Strict).HasErrors.ShouldBeTrue();
    }

    [Fact]
    public void Deep_nesting_is_a_diagnostic_not_a_stack_overflow()
    {
        var text = new string('[', 10_000) + new string(']', 10_000);
        var document = Read(text, JsonReaderOptions.DotNetConfiguration);
        document.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("depth of 64");
        Read(text, JsonReaderOptions.Strict).Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("depth of 512");
    }
}
