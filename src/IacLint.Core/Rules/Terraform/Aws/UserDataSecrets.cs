using System.Text;
using IacLint.AppConfig;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>
/// Finds credentials written into EC2 user data: AWS access key ids, and shell or YAML assignments to a key that
/// names a credential (<c>export DB_PASSWORD=…</c>, <c>api_key: …</c>) with a literal value. Returns what it found by
/// name, never the value.
/// </summary>
internal static class UserDataSecrets
{
    /// <summary>The name of the first credential in the user data (plain or base64), or null.</summary>
    public static string? Find(string userData)
    {
        return FindInText(userData) ?? (TryDecodeBase64(userData) is { } decoded ? FindInText(decoded) : null);
    }

    private static string? FindInText(string text)
    {
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.StartsWith("export ", StringComparison.Ordinal)) line = line[7..].TrimStart();
            if (ContainsAccessKeyId(line)) return "an AWS access key id";
            var separator = line.IndexOfAny(['=', ':']);
            if (separator <= 0) continue;
            var key = line[..separator].Trim().Trim('"', '\'');
            if (key.Length == 0 || key.Contains(' ', StringComparison.Ordinal)) continue;
            var value = line[(separator + 1)..].Trim().Trim('\\').Trim('"', '\'', '\\');
            if (value.Length == 0 || value[0] == '$' || SecretDetection.IsPlaceholder(value)) continue;
            if (SecretDetection.IsSecretKey(key)) return key;
        }
        return null;
    }

    /// <summary>AKIA/ASIA followed by 16 upper-case letters or digits.</summary>
    private static bool ContainsAccessKeyId(string line)
    {
        for (var i = line.IndexOf("A", StringComparison.Ordinal); i >= 0 && i + 20 <= line.Length; i = line.IndexOf('A', i + 1))
        {
            if (!line.AsSpan(i).StartsWith("AKIA") && !line.AsSpan(i).StartsWith("ASIA")) continue;
            if (i > 0 && char.IsAsciiLetterOrDigit(line[i - 1])) continue;
            var token = line.AsSpan(i + 4, 16);
            var end = i + 20;
            if (token.ContainsAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") || (end < line.Length && char.IsAsciiLetterOrDigit(line[end]))) continue;
            return true;
        }
        return false;
    }

    private static string? TryDecodeBase64(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length < 8 || trimmed.Length % 4 != 0) return null;
        // Most user data is not base64: tried without exceptions, which are not control flow.
        var bytes = new byte[trimmed.Length / 4 * 3];
        if (!Convert.TryFromBase64String(trimmed, bytes, out var written)) return null;
        var decoded = bytes.AsSpan(0, written);
        return System.Text.Unicode.Utf8.IsValid(decoded) ? Encoding.UTF8.GetString(decoded) : null;
    }
}
