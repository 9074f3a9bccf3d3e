namespace IacLint.AppConfig;

/// <summary>
/// Decides whether a configuration key holds a secret and whether a value is a literal or a placeholder. Used by the
/// plaintext-secret rule and by every writer and diff view that must mask values.
/// </summary>
public static class SecretDetection
{
    // Endings of a key's last segment (lower case, without '_' and '-') that name a credential.
    private static readonly string[] SecretKeyEndings =
    [
        "password", "passwd", "pwd", "passphrase", "secret", "clientsecret", "apikey", "token", "privatekey",
        "accesskey", "secretkey", "accountkey", "storagekey", "sharedaccesskey", "masterkey", "signingkey",
        "encryptionkey", "credential", "credentials",
    ];

    // Connection-string keywords whose value is a credential.
    private static readonly string[] SecretConnectionKeywords =
    [
        "password", "pwd", "accountkey", "sharedaccesskey", "sharedaccesssignature", "secret", "clientsecret",
    ];

    /// <summary>Whether the key path's last segment names a credential (<c>Smtp:Password</c>, <c>Stripe:ApiKey</c>).</summary>
    public static bool IsSecretKey(string keyPath)
    {
        var last = keyPath.AsSpan(keyPath.LastIndexOf(':') + 1);
        Span<char> buffer = stackalloc char[Math.Min(last.Length, 128)];
        var length = 0;
        foreach (var c in last)
        {
            if (c is '_' or '-' or '.') continue;
            if (length == buffer.Length) break;
            buffer[length++] = char.ToLowerInvariant(c);
        }
        var normalized = buffer[..length];
        foreach (var ending in SecretKeyEndings)
        {
            if (normalized.EndsWith(ending, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>Whether the key holds a connection string (<c>ConnectionStrings:*</c> or <c>…ConnectionString</c>).</summary>
    public static bool IsConnectionStringKey(string keyPath) =>
        keyPath.StartsWith("ConnectionStrings:", StringComparison.OrdinalIgnoreCase) ||
        keyPath.EndsWith("ConnectionString", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a value stands for a secret kept elsewhere: empty, a substitution token (<c>${X}</c>, <c>$(X)</c>,
    /// <c>#{X}#</c>, <c>{{X}}</c>, <c>__X__</c>, <c>&lt;X&gt;</c>, <c>%X%</c>) or a Key Vault reference.
    /// </summary>
    public static bool IsPlaceholder(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return true;
        var v = value.AsSpan().Trim();
        if (v.StartsWith("@Microsoft.KeyVault(", StringComparison.OrdinalIgnoreCase)) return true;
        if (v.StartsWith("${") && v.EndsWith("}")) return true;
        if (v.StartsWith("$(") && v.EndsWith(")")) return true;
        if (v.StartsWith("#{") && v.EndsWith("}#")) return true;
        if (v.StartsWith("{{") && v.EndsWith("}}")) return true;
        if (v.Length > 4 && v.StartsWith("__") && v.EndsWith("__")) return true;
        if (v.Length > 2 && v[0] == '<' && v[^1] == '>') return true;
        if (v.Length > 2 && v[0] == '%' && v[^1] == '%') return true;
        return false;
    }

    // Values (lower case, letters and digits only) that say "put the real secret here".
    private static readonly string[] PlaceholderWords =
    [
        "changeme", "replaceme", "changethis", "todo", "tbd", "placeholder", "dummy", "example", "sample", "test",
        "secret", "password", "token", "apikey", "none", "null", "empty", "redacted", "notset", "unset", "fake",
    ];

    // What follows a variable's own name in a value that only echoes it (GOOGLE_API_KEY: GOOGLE_API_KEY_VAL).
    private static readonly string[] EchoSuffixes = ["", "val", "value", "here", "placeholder"];

    /// <summary>
    /// Whether the value of a variable named <paramref name="name"/> stands for a secret kept elsewhere rather than
    /// being one: a <see cref="IsPlaceholder"/> value, a value that uses a reference anywhere (<c>$(VAR)</c>,
    /// <c>${VAR}</c>), one that echoes the variable's own name (<c>GOOGLE_API_KEY_VAL</c>), a placeholder word
    /// (<c>changeme</c>, <c>your-api-key</c>, <c>xxxx</c>, <c>***</c>).
    /// </summary>
    public static bool IsPlaceholderFor(string name, string? value)
    {
        if (IsPlaceholder(value)) return true;
        var text = value!.Trim();
        if (HasReference(text, "$(", ')') || HasReference(text, "${", '}')) return true;
        var letters = LettersAndDigits(text);
        if (letters.Length == 0) return true; // only punctuation: ***, ---
        var normalizedName = LettersAndDigits(name);
        foreach (var suffix in EchoSuffixes)
        {
            if (letters == normalizedName + suffix) return true;
        }
        if (letters.StartsWith("your", StringComparison.Ordinal) || letters.StartsWith("my", StringComparison.Ordinal) && letters.EndsWith("here", StringComparison.Ordinal)) return true;
        if (letters.Length >= 3 && letters.All(c => c == 'x')) return true;
        foreach (var word in PlaceholderWords)
        {
            if (letters == word || letters == "insert" + word || letters == word + "here") return true;
        }
        return false;
    }

    private static bool HasReference(string text, string open, char close)
    {
        var start = text.IndexOf(open, StringComparison.Ordinal);
        return start >= 0 && text.IndexOf(close, start + open.Length) > start + open.Length;
    }

    private static string LettersAndDigits(string text) =>
        string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    /// <summary>
    /// The name of the credential a connection string carries as a literal (<c>Password</c>, <c>AccountKey</c>, a
    /// password inside a URL), or null. Placeholders do not count.
    /// </summary>
    public static string? ConnectionStringSecret(string value)
    {
        var scheme = value.IndexOf("://", StringComparison.Ordinal);
        if (scheme > 0)
        {
            var authorityStart = scheme + 3;
            var at = value.IndexOf('@', authorityStart);
            var slash = value.IndexOf('/', authorityStart);
            if (at > 0 && (slash < 0 || at < slash))
            {
                var userInfo = value.AsSpan(authorityStart, at - authorityStart);
                var colon = userInfo.IndexOf(':');
                if (colon >= 0 && !IsPlaceholder(userInfo[(colon + 1)..].ToString())) return "password in the URL";
            }
        }
        foreach (var part in value.Split(';'))
        {
            var equals = part.IndexOf('=');
            if (equals <= 0) continue;
            var keyword = part[..equals].Trim().Replace(" ", "", StringComparison.Ordinal);
            foreach (var secret in SecretConnectionKeywords)
            {
                if (keyword.Equals(secret, StringComparison.OrdinalIgnoreCase) && !IsPlaceholder(part[(equals + 1)..]))
                {
                    return part[..equals].Trim();
                }
            }
        }
        return null;
    }

    /// <summary>Whether a value at this key must never be shown: a secret key, or a connection string with a credential.</summary>
    public static bool MustMask(string keyPath, string? value) =>
        IsSecretKey(keyPath) || (value is not null && IsConnectionStringKey(keyPath) && ConnectionStringSecret(value) is not null);
}
