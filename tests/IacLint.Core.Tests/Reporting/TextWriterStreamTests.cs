using System.Text;
using IacLint.Reporting;

namespace IacLint.Tests.Reporting;

public class TextWriterStreamTests
{
    [Fact]
    public void Characters_split_across_writes_arrive_whole()
    {
        var text = "ключ: 鍵 🔑 key";
        var bytes = Encoding.UTF8.GetBytes(text);
        var output = new StringWriter();
        using (var stream = new TextWriterStream(output))
        {
            // One byte at a time: every multi-byte character is split.
            for (var i = 0; i < bytes.Length; i++) stream.Write(bytes, i, 1);
        }
        output.ToString().ShouldBe(text);
    }

    [Fact]
    public void A_write_larger_than_the_buffer_is_decoded_whole()
    {
        var text = string.Concat(Enumerable.Repeat("données ", 10_000));
        var output = new StringWriter();
        using (var stream = new TextWriterStream(output)) stream.Write(Encoding.UTF8.GetBytes(text));
        output.ToString().ShouldBe(text);
    }
}
