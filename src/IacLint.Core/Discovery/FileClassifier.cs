namespace IacLint.Discovery;

/// <summary>The families of files IacLint reads; each has its own reader and model.</summary>
public enum FileFamily
{
    None,
    /// <summary><c>appsettings.json</c> and <c>appsettings.{Environment}.json</c>.</summary>
    AppSettings,
    /// <summary>Terraform configuration: <c>.tf</c> and <c>.tf.json</c>.</summary>
    Terraform,
    /// <summary>Terraform variable values: <c>.tfvars</c> and <c>.tfvars.json</c>.</summary>
    TerraformVariables,
    /// <summary>YAML: Kubernetes manifests, Kustomize files, Helm charts and values.</summary>
    Yaml,
    /// <summary>Other JSON files: audited only when they turn out to be Kubernetes manifests or environment configs.</summary>
    Json,
    /// <summary>TOML application configs (not <c>iaclint.toml</c>), compared across environments.</summary>
    Toml,
}

/// <summary>Decides a file's family from its name alone, so discovery never reads content.</summary>
public static class FileClassifier
{
    public static FileFamily Classify(string relativePath)
    {
        var name = relativePath.AsSpan(relativePath.LastIndexOf('/') + 1);
        if (IsAppSettings(name)) return FileFamily.AppSettings;
        if (name.EndsWith(".tf", StringComparison.Ordinal) || name.EndsWith(".tf.json", StringComparison.Ordinal)) return FileFamily.Terraform;
        if (name.EndsWith(".tfvars", StringComparison.Ordinal) || name.EndsWith(".tfvars.json", StringComparison.Ordinal)) return FileFamily.TerraformVariables;
        if (name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)) return FileFamily.Yaml;
        if (name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) return FileFamily.Json;
        if (name.EndsWith(".toml", StringComparison.OrdinalIgnoreCase) && !name.Equals("iaclint.toml", StringComparison.OrdinalIgnoreCase)) return FileFamily.Toml;
        return FileFamily.None;
    }

    /// <summary><c>appsettings.json</c> or <c>appsettings.X.json</c>, any case, as the .NET host loads them.</summary>
    public static bool IsAppSettings(ReadOnlySpan<char> fileName) =>
        fileName.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) &&
        fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) &&
        (fileName.Length == "appsettings.json".Length || fileName["appsettings".Length] == '.');

    /// <summary>The environment part of <c>appsettings.{Environment}.json</c>, or null for the base file.</summary>
    public static string? AppSettingsEnvironment(string fileName)
    {
        var middle = fileName["appsettings".Length..^".json".Length];
        return middle.Length <= 1 ? null : middle[1..];
    }
}
