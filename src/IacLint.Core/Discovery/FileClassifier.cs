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
    /// <summary>Terragrunt configuration: <c>terragrunt.hcl</c>, <c>terragrunt.hcl.json</c> and the <c>*.hcl</c> files
    /// units include or read (<c>root.hcl</c>, <c>account.hcl</c>, <c>_envcommon/mysql.hcl</c>).</summary>
    Terragrunt,
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
        if (IsTerragrunt(name)) return FileFamily.Terragrunt;
        if (name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)) return FileFamily.Yaml;
        if (name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) return FileFamily.Json;
        if (name.EndsWith(".toml", StringComparison.OrdinalIgnoreCase) && !name.Equals("iaclint.toml", StringComparison.OrdinalIgnoreCase)) return FileFamily.Toml;
        return FileFamily.None;
    }

    /// <summary><c>terragrunt.hcl.json</c>, or <c>NAME.hcl</c> with a plain name: other tools' files (<c>.terraform.lock.hcl</c>,
    /// <c>x.pkr.hcl</c>, <c>x.tm.hcl</c>, <c>.tflint.hcl</c>) have a dot in their stem and are left alone.</summary>
    public static bool IsTerragrunt(ReadOnlySpan<char> fileName)
    {
        if (fileName.Equals("terragrunt.hcl.json", StringComparison.Ordinal)) return true;
        if (!fileName.EndsWith(".hcl", StringComparison.Ordinal)) return false;
        var stem = fileName[..^4];
        return stem.Length > 0 && !stem.Contains('.');
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
