using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>
/// A rule over one key of Compute Engine metadata (<c>metadata = { enable-oslogin = "TRUE" }</c>) of instances and
/// instance templates: fires where the key has an unsafe value, or is missing when the platform's default is unsafe.
/// </summary>
public abstract class ComputeMetadataRule : ResourceRule
{
    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_compute_instance", "google_compute_instance_template"];

    protected abstract string Key { get; }

    /// <summary>The value a safe configuration has (metadata flags read true/false).</summary>
    protected abstract bool SafeValue { get; }

    /// <summary>Whether a missing key is a finding (the platform's default is unsafe).</summary>
    protected abstract bool MissingIsUnsafe(ResourceInstance resource);

    protected abstract string Problem { get; }

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var metadata = resource.Body.Attribute("metadata");
        if (metadata is not null && !metadata.Value.IsKnown)
        {
            yield return CouldNotEvaluate(resource, metadata, "metadata", metadata.Value);
            yield break;
        }
        var value = GoogleBlocks.MapEntry(metadata, Key);
        if (value is null || value is TfNull)
        {
            if (MissingIsUnsafe(resource)) yield return Report(resource, metadata, $"{resource.Address} {Problem}: metadata key {Key} is not set.");
            yield break;
        }
        if (!value.IsKnown)
        {
            yield return CouldNotEvaluate(resource, metadata, $"metadata key {Key}", value);
        }
        else if (GoogleBlocks.Flag(value) is { } flag && flag != SafeValue)
        {
            yield return Report(resource, metadata!.Location, value.Origin ?? metadata.Origin, $"{resource.Address} {Problem}: metadata key {Key} = {value}.");
        }
    }

    /// <summary>Whether the instance's own metadata turns OS Login on (which makes metadata SSH keys irrelevant).</summary>
    protected static bool OsLoginOn(ResourceInstance resource) =>
        GoogleBlocks.MapEntry(resource.Body.Attribute("metadata"), "enable-oslogin") is { } value && GoogleBlocks.Flag(value) == true;
}
