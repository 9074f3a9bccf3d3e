using IacLint.Syntax;
using IacLint.Syntax.Toml;

namespace IacLint.Tests.Syntax;

public class TomlReaderTests
{
    [Theory]
    [InlineData("a = \nb = 1\n", 1, "TOML syntax: a value is missing after '='")]
    [InlineData("a = 1\nb = [1, 2\n", 3, "TOML syntax: an array is not closed; a ']' is missing")]
    [InlineData("[server\nport = 1\n", 1, "TOML syntax: a table header is not closed; a ']' is missing")]
    [InlineData("url = \"https://example.com\nport = 1\n", 1, "TOML syntax: a string is not closed; the closing quote is missing on this line")]
    [InlineData("x = 1\nx = 2\n", 2, "TOML: the key 'x' is defined twice")]
    [InlineData("a = 1\nkey\n", 2, "TOML syntax: a key must be followed by '=' and a value")]
    public void A_syntax_error_is_said_in_words_once(string text, int line, string message)
    {
        var diagnostic = TomlReader.Read(new SourceText("config.toml", text)).Diagnostics.ShouldHaveSingleItem();
        diagnostic.Message.ShouldBe(message);
        diagnostic.Span.StartLine.ShouldBe(line);
    }
}
