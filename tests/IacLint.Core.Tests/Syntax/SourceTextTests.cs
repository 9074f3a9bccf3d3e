using IacLint.Syntax;

namespace IacLint.Tests.Syntax;

/// <summary>Positions from <see cref="SourceText"/> (its fast paths: \n-only texts, hinted lines, spans on one line)
/// agree with counting line breaks one character at a time.</summary>
public class SourceTextTests
{
    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("\n")]
    [InlineData("a\nb\n\nc")]
    [InlineData("a\r\nb\rc\n\r\n\r")]
    [InlineData("\r\r\n\n")]
    public void Positions_and_spans_agree_with_counting_line_breaks(string text)
    {
        var source = new SourceText("t", text);
        for (var start = -1; start <= text.Length + 1; start++)
        {
            Assert.Equal(Expected(text, start), source.GetPosition(start));
            for (var end = start; end <= text.Length + 1; end++)
            {
                var span = source.GetSpan(start, end);
                Assert.Equal((Expected(text, start), Expected(text, end), start, end),
                    ((span.StartLine, span.StartColumn), (span.EndLine, span.EndColumn), span.StartOffset, span.EndOffset));
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("a\r\nb\rc\n")]
    [InlineData("caf\u00e9 \u2603 \U0001F600\nnext line\n")]
    public void A_released_text_is_decoded_again_with_the_same_positions(string text)
    {
        var utf8 = System.Text.Encoding.UTF8.GetBytes(text);
        var source = new SourceText("t", text, utf8);
        var before = Enumerable.Range(0, text.Length + 1).Select(source.GetPosition).ToList();

        source.ReleaseText();

        Assert.Equal(text.Length, source.Length);
        Assert.Equal(before, Enumerable.Range(0, text.Length + 1).Select(source.GetPosition).ToList());
        Assert.Equal(text, source.Text);
        Assert.Same(source.Text, source.Text);
    }

    [Theory]
    [InlineData("a = 1\r\nb = 2\rc = 3\n\n", false)]
    [InlineData("key: caf\u00e9\nnext: \u2603\n", false)]
    [InlineData("last line without a break", true)]
    public void Lines_of_a_released_text_are_those_of_the_text(string text, bool decodeFirst)
    {
        var kept = new SourceText("t", text);
        var released = new SourceText("t", text, System.Text.Encoding.UTF8.GetBytes(text));
        released.ReleaseText();
        if (decodeFirst) _ = released.Text;

        Assert.Equal(kept.EndsWithLineBreak, released.EndsWithLineBreak);
        for (var line = 0; line <= kept.LineCount + 1; line++)
        {
            Assert.Equal(kept.GetLine(line).ToString(), released.LineText(line));
        }
    }

    [Fact]
    public void A_text_without_its_bytes_is_kept()
    {
        var text = "name = 1\n";
        var source = new SourceText("t", text);

        source.ReleaseText();

        Assert.Same(text, source.Text);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_texts_and_offsets_in_any_order(int seed)
    {
        var random = new Random(seed);
        var characters = seed == 1 ? "ab \n" : "ab\r\n";
        var text = new string(Enumerable.Range(0, 2000).Select(_ => characters[random.Next(characters.Length)]).ToArray());
        var source = new SourceText("t", text);
        Assert.Equal(Expected(text, text.Length).Line, source.LineCount);
        for (var i = 0; i < 3000; i++)
        {
            var start = random.Next(text.Length + 1);
            var end = random.Next(2) == 0 ? Math.Min(text.Length, start + random.Next(40)) : random.Next(start, text.Length + 1);
            var span = source.GetSpan(start, end);
            Assert.Equal((Expected(text, start), Expected(text, end)), ((span.StartLine, span.StartColumn), (span.EndLine, span.EndColumn)));
            Assert.Equal(Expected(text, end), source.GetPosition(end));
        }
    }

    private static (int Line, int Column) Expected(string text, int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        int line = 1, lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }
        // A \r\n pair ends its line only after the \n: an offset between the two is still on the first line.
        return (line, offset - lineStart + 1);
    }
}
