namespace IacLint.Reporting;

/// <summary>Findings' messages may link to related locations in SARIF's <c>[text](id)</c> syntax (drift findings link
/// the staging side); formats that cannot follow links show the text only.</summary>
public static class MessageText
{
    /// <summary>A message without SARIF's <c>[text](id)</c> link syntax, for formats that cannot follow links, on one
    /// line: a line break (an exception's message may hold one) becomes a space, since MSBuild and log parsers read
    /// one diagnostic per line.</summary>
    public static string Plain(string message)
    {
        var builder = new System.Text.StringBuilder(message.Length);
        for (var i = 0; i < message.Length; i++)
        {
            if (message[i] is '\r' or '\n')
            {
                while (builder.Length > 0 && builder[^1] == ' ') builder.Length--;
                while (i + 1 < message.Length && char.IsWhiteSpace(message[i + 1])) i++;
                if (builder.Length > 0 && i + 1 < message.Length) builder.Append(' ');
                continue;
            }
            // [text](digits) with no brackets inside the text: a link; anything else stays as written.
            if (message[i] == '[')
            {
                var close = message.IndexOf(']', i + 1);
                var open = message.IndexOf('[', i + 1);
                if (close > i + 1 && (open < 0 || open > close) && close + 2 < message.Length && message[close + 1] == '(')
                {
                    var end = message.IndexOf(')', close + 2);
                    if (end > close + 2 && message.AsSpan(close + 2, end - close - 2).IndexOfAnyExceptInRange('0', '9') < 0)
                    {
                        builder.Append(message, i + 1, close - i - 1);
                        i = end;
                        continue;
                    }
                }
            }
            builder.Append(message[i]);
        }
        return builder.ToString();
    }
}
