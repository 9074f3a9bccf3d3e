using System.Text;
using System.Text.Json;
using IacLint.AppConfig;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>
/// Finds credentials written into boot scripts and extension settings: <c>NAME=value</c> assignments (shell
/// <c>export</c>, PowerShell <c>$env:</c>/<c>$</c>, cmd <c>set</c>) whose name says secret and whose value is a
/// literal, private keys, and JSON keys that name a credential. Returns the name only, never the value.
/// </summary>
internal static class ScriptSecrets
{
    /// <summary>The name of the first literal credential in a script, or null.</summary>
    public static string? Find(string script)
    {
        if (script.Contains("PRIVATE KEY-----", StringComparison.Ordinal)) return "a private key";
        foreach (var raw in script.Split('\n'))
        {
            var line = raw.Trim();
            foreach (var prefix in new[] { "export ", "set ", "$env:", "$" })
            {
                if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) { line = line[prefix.Length..].TrimStart(); break; }
            }
            var equals = line.IndexOf('=');
            if (equals <= 0) continue;
            var name = line[..equals].Trim();
            if (name.Length == 0 || !name.All(c => char.IsLetterOrDigit(c) || c is '_' or '.' or '-')) continue;
            var value = line[(equals + 1)..].Trim().Trim('\\', '"', '\'', ';', ' ');
            if (IsLiteralSecret(name, value)) return name;
        }
        return null;
    }

    /// <summary>The name of the first JSON property that names a credential and holds a literal, or of a script
    /// property (<c>commandToExecute</c>, <c>script</c>) that assigns one; null when none or not JSON.</summary>
    public static string? FindInJson(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Walk(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The decoded text when <paramref name="text"/> is base64 of UTF-8 (custom data usually is).</summary>
    public static string DecodeIfBase64(string text)
    {
        if (text.Length < 8 || text.Length % 4 != 0 || text.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '='))) return text;
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) ? Encoding.UTF8.GetString(buffer, 0, written) : text;
    }

    private static string? Walk(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array) return element.EnumerateArray().Select(Walk).FirstOrDefault(n => n is not null);
        if (element.ValueKind != JsonValueKind.Object) return null;
        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String)
            {
                var value = property.Value.GetString() ?? "";
                if (IsLiteralSecret(property.Name, value)) return property.Name;
                if (Find(value) is { } inScript) return $"{property.Name} ({inScript})";
            }
            else if (Walk(property.Value) is { } nested) return nested;
        }
        return null;
    }

    private static bool IsLiteralSecret(string name, string value) =>
        SecretDetection.IsSecretKey(name) && !SecretDetection.IsPlaceholder(value) && !value.StartsWith('$') && !value.StartsWith('%');
}
