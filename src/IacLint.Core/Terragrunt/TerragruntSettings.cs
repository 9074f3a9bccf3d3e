using IacLint.Findings;
using IacLint.Terraform.Values;

namespace IacLint.Terragrunt;

/// <summary>One entry of a unit's effective <c>inputs</c>, with the line that set it (the unit's file, an
/// <c>_envcommon</c> file or the root file).</summary>
public sealed record TerragruntInput(string Name, TfValue Value, Location Location);

/// <summary><c>terraform { source = … }</c>: the text when known, and where it was set.</summary>
public sealed record TerragruntSource(string? Text, TfValue Value, Location Location)
{
    /// <summary>Remote sources (git, registry, HTTP, S3 …) are not fetched; local ones are folders of the scan.</summary>
    public bool IsRemote => Text is { } t && (t.Contains("::", StringComparison.Ordinal) || t.Contains("://", StringComparison.Ordinal) ||
                                             t.StartsWith("git@", StringComparison.Ordinal) || t.StartsWith("github.com/", StringComparison.Ordinal) ||
                                             t.StartsWith("bitbucket.org/", StringComparison.Ordinal));

    /// <summary>The <c>?ref=</c> of a git source (a tag, a branch or a commit), or null.</summary>
    public string? Ref
    {
        get
        {
            if (Text is not { } t) return null;
            var query = t.IndexOf('?');
            if (query < 0) return null;
            return t[(query + 1)..].Split('&').FirstOrDefault(p => p.StartsWith("ref=", StringComparison.Ordinal))?[4..];
        }
    }

    /// <summary>The source without its query: what is compared across environments besides the ref.</summary>
    public string? WithoutQuery => Text is { } t && t.IndexOf('?') is var query and >= 0 ? t[..query] : Text;
}

/// <summary><c>remote_state { backend = "s3" config = { … } }</c>, with the line of each config key.</summary>
public sealed record TerragruntRemoteState(string? Backend, TfObject Config, Location Location, IReadOnlyDictionary<string, Location> KeyLocations)
{
    public Location LocationOf(string key) => KeyLocations.GetValueOrDefault(key) ?? Location;
}

/// <summary>An <c>include</c> block of a unit: the file it names, whether it is exposed, how it is merged.</summary>
public sealed record TerragruntInclude(string Name, string? Path, bool Expose, string MergeStrategy, Location Location);
