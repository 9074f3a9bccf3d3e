using IacLint.Configuration;

namespace IacLint.Tests.Configuration;

public class SpellingTests
{
    [Theory]
    [InlineData("scan", "scan", 0)]
    [InlineData("scna", "scan", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ca", "abc", 3)]
    [InlineData("connectionstrings", "conectionstring", 2)]
    public void Edit_distance_counts_inserts_deletes_replacements_and_swaps(string a, string b, int expected)
    {
        Assert.Equal(expected, Spelling.EditDistance(a, b));
        Assert.Equal(expected, Spelling.EditDistance(b, a));
    }

    [Fact]
    public void Edit_distance_agrees_with_the_whole_table_for_short_and_long_names()
    {
        var random = new Random(7);
        string Word(int length) => new(Enumerable.Range(0, length).Select(_ => "abcd"[random.Next(4)]).ToArray());
        for (var n = 0; n < 300; n++)
        {
            var a = Word(random.Next(0, n < 250 ? 12 : 200));
            var b = Word(random.Next(0, n < 250 ? 12 : 200));
            Assert.Equal(WholeTable(a, b), Spelling.EditDistance(a, b));
        }
    }

    private static int WholeTable(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
