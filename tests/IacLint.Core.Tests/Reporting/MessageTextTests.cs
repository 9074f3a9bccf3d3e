using IacLint.Reporting;

namespace IacLint.Tests.Reporting;

public class MessageTextTests
{
    [Theory]
    [InlineData("Could not load file or assembly 'YamlDotNet'.\nFile name: 'YamlDotNet'", "Could not load file or assembly 'YamlDotNet'. File name: 'YamlDotNet'")]
    [InlineData("first  \r\n   second\r\n", "first second")]
    [InlineData("differs from [staging](1)", "differs from staging")]
    public void Plain_text_is_one_line_without_links(string message, string expected) =>
        MessageText.Plain(message).ShouldBe(expected);
}
